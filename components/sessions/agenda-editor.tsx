"use client";

import { ActionButton } from "@/components/ui/action-button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { addAgendaItemAction, moveAgendaItemAction, removeAgendaItemAction } from "@/lib/sessions/actions";

type Item = {
  id: string;
  title: string;
  durationMinutes: number | null;
  theme: { title: string } | null;
  /** Its clock time in venue time ("09:30–10:00"), when the durations before it say. */
  slot: string | null;
};

/** The ordered agenda of one session as a timetable in venue time: add, move up or down, remove. */
export function AgendaEditor({
  organizationSlug,
  sessionId,
  items,
  themes,
  editable,
}: {
  organizationSlug: string;
  sessionId: string;
  items: Item[];
  themes: Record<string, string>;
  editable: boolean;
}) {
  const form = useAction((values) => addAgendaItemAction(organizationSlug, { ...values, sessionId }), {
    resetOnSuccess: true,
  });
  const move = (item: Item, direction: "up" | "down") => () =>
    moveAgendaItemAction(organizationSlug, { itemId: item.id, direction });
  return (
    <div className="space-y-2">
      <ol className="list-decimal space-y-1 pl-6 text-sm" aria-label="Agenda">
        {items.map((item, index) => (
          <li key={item.id}>
            <span>
              {item.slot ? <span className="mr-2 font-mono text-slate-600">{item.slot}</span> : null}
              {item.title}
              {item.durationMinutes ? ` (${item.durationMinutes} min)` : ""}
              {item.theme ? ` · theme: ${item.theme.title}` : ""}
            </span>
            {editable ? (
              <span className="ml-2 inline-flex gap-1 align-top">
                {index > 0 ? (
                  <ActionButton action={move(item, "up")} label={`Move “${item.title}” up`}>
                    ↑
                  </ActionButton>
                ) : null}
                {index < items.length - 1 ? (
                  <ActionButton action={move(item, "down")} label={`Move “${item.title}” down`}>
                    ↓
                  </ActionButton>
                ) : null}
                <ActionButton
                  action={() => removeAgendaItemAction(organizationSlug, { itemId: item.id })}
                  label={`Remove “${item.title}”`}
                  variant="danger"
                >
                  ×
                </ActionButton>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {editable ? (
        <form onSubmit={form.onSubmit} className="grid items-end gap-2 sm:grid-cols-4" noValidate>
          <TextField label="Agenda item" name="title" idPrefix={`agenda-${sessionId}`} errors={form.errors("title")} />
          <TextField
            label="Minutes"
            name="durationMinutes"
            type="number"
            idPrefix={`agenda-${sessionId}`}
            errors={form.errors("durationMinutes")}
          />
          <SelectField label="Theme" name="themeId" idPrefix={`agenda-${sessionId}`} errors={form.errors("themeId")}>
            <Options labels={themes} empty="—" />
          </SelectField>
          <FormFooter form={form} submit="Add to agenda" variant="secondary" savedMessage={null} />
        </form>
      ) : null}
    </div>
  );
}
