"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Options } from "@/components/ui/options";
import { useActionForm } from "@/components/ui/use-action-form";
import { addAgendaItemAction, moveAgendaItemAction, removeAgendaItemAction } from "@/lib/sessions/actions";

type Item = { id: string; title: string; durationMinutes: number | null; theme: { title: string } | null };

/** The ordered agenda of one session: add, move up or down, remove. */
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
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const act = (run: () => Promise<unknown>) =>
    startTransition(async () => {
      await run();
      router.refresh();
    });
  const form = useActionForm(
    (values) => addAgendaItemAction(organizationSlug, { ...values, sessionId }),
    () => router.refresh(),
  );
  return (
    <div className="space-y-2">
      <ol className="list-decimal space-y-1 pl-6 text-sm" aria-label="Agenda">
        {items.map((item, index) => (
          <li key={item.id}>
            <span>
              {item.title}
              {item.durationMinutes ? ` (${item.durationMinutes} min)` : ""}
              {item.theme ? ` · theme: ${item.theme.title}` : ""}
            </span>
            {editable ? (
              <span className="ml-2 inline-flex gap-1">
                <button
                  type="button"
                  className="text-slate-500"
                  disabled={pending || index === 0}
                  aria-label={`Move “${item.title}” up`}
                  onClick={() =>
                    act(() => moveAgendaItemAction(organizationSlug, { itemId: item.id, direction: "up" }))
                  }
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="text-slate-500"
                  disabled={pending || index === items.length - 1}
                  aria-label={`Move “${item.title}” down`}
                  onClick={() =>
                    act(() => moveAgendaItemAction(organizationSlug, { itemId: item.id, direction: "down" }))
                  }
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="text-red-700"
                  disabled={pending}
                  aria-label={`Remove “${item.title}”`}
                  onClick={() => act(() => removeAgendaItemAction(organizationSlug, { itemId: item.id }))}
                >
                  ×
                </button>
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
          <Button variant="secondary" disabled={form.pending}>
            Add to agenda
          </Button>
          <FormMessage message={form.message} />
        </form>
      ) : null}
    </div>
  );
}
