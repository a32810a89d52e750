"use client";

import { useRouter } from "next/navigation";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { recordContextEventAction } from "@/lib/context/actions";
import { contextEventKindLabels } from "@/lib/context/labels";

/** Records a dated outside event, with its source and the counterparts it concerns; it opens to be linked. */
export function ContextEventForm({
  organizationSlug,
  counterparts,
  today,
}: {
  organizationSlug: string;
  counterparts: string[];
  today: string;
}) {
  const router = useRouter();
  const form = useAction((values) => recordContextEventAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: "Event recorded. Link it to the answers it may change.",
    onSuccess: (event) => router.push(`/o/${organizationSlug}/context?event=${event.id}`),
  });
  const field = (name: string) => ({ name, idPrefix: "new-event", errors: form.errors(name) });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate aria-label="Record an event">
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label="Kind" {...field("kind")} defaultValue="SANCTIONS_LISTING">
          <Options labels={contextEventKindLabels} />
        </SelectField>
        <TextField label="Happened on" type="date" {...field("occurredOn")} defaultValue={today} max={today} required />
        <TextField
          label="Source"
          {...field("source")}
          maxLength={500}
          required
          hint="A gazette, a statement, a report."
        />
      </div>
      <TextField label="What happened" {...field("title")} maxLength={300} required />
      <TextAreaField label="Note" {...field("note")} rows={2} />
      {counterparts.length ? (
        <fieldset className="space-y-1 text-sm">
          <legend className="font-medium">Counterparts it concerns (none ticked: all)</legend>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {counterparts.map((name) => (
              <label key={name} className="flex items-center gap-2">
                <input type="checkbox" name="counterparts" value={name} data-list className="size-4 accent-primary" />
                {name}
              </label>
            ))}
          </div>
          {form.errors("counterparts")?.map((error) => (
            <p key={error} className="text-destructive">
              {error}
            </p>
          ))}
        </fieldset>
      ) : null}
      <FormFooter form={form} submit="Record event" />
    </form>
  );
}
