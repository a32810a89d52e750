"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { useAction } from "@/components/ui/use-action";
import { linkContextEventAction } from "@/lib/context/actions";

type Item = { id: string; question: string };
type LinkableDialogue = { id: string; title: string; counterpart: string; suggested: Item[]; others: Item[] };

function ItemBox({ item, linked }: { item: Item; linked: boolean }) {
  return (
    <label className="flex items-start gap-2">
      <input
        type="checkbox"
        name="itemIds"
        value={item.id}
        data-list
        disabled={linked}
        defaultChecked={linked}
        className="mt-0.5 size-4 shrink-0 accent-primary"
      />
      <span>
        {item.question}
        {linked ? <span className="text-muted-foreground"> (linked)</span> : null}
      </span>
    </label>
  );
}

/**
 * Links an event to checklist items across dialogues, one group per dialogue: the questions an
 * event of its kind most likely bears on first, the rest one click away.
 */
export function LinkEventForm({
  organizationSlug,
  eventId,
  dialogues,
  linkedIds,
}: {
  organizationSlug: string;
  eventId: string;
  dialogues: LinkableDialogue[];
  /** Items already awaiting a re-check for this event. */
  linkedIds: string[];
}) {
  const form = useAction((values) => linkContextEventAction(organizationSlug, values), {
    toast: "Linked: those answers now need a re-check.",
  });
  const pending = new Set(linkedIds);
  return (
    <form onSubmit={form.onSubmit} className="space-y-3 text-sm" noValidate aria-label="Link to checklist items">
      <HiddenFields values={{ eventId }} />
      {dialogues.map((dialogue) => (
        <fieldset key={dialogue.id} className="space-y-1 rounded-md border p-3">
          <legend className="px-1 font-medium">
            {dialogue.title} <span className="font-normal text-muted-foreground">· {dialogue.counterpart}</span>
          </legend>
          {dialogue.suggested.map((item) => (
            <ItemBox key={item.id} item={item} linked={pending.has(item.id)} />
          ))}
          {dialogue.others.length ? (
            <details>
              <summary className="cursor-pointer text-muted-foreground">
                {dialogue.suggested.length ? "Other questions" : "Questions"} ({dialogue.others.length})
              </summary>
              <div className="mt-1 space-y-1">
                {dialogue.others.map((item) => (
                  <ItemBox key={item.id} item={item} linked={pending.has(item.id)} />
                ))}
              </div>
            </details>
          ) : null}
        </fieldset>
      ))}
      {form.errors("itemIds")?.map((error) => (
        <p key={error} className="text-destructive">
          {error}
        </p>
      ))}
      <FormFooter form={form} submit="Ask for a re-check" />
    </form>
  );
}
