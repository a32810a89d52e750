"use client";

import { type KeyboardEvent, useEffect, useRef } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { FormMessage } from "@/components/ui/form-message";
import { ArrowDownIcon, ArrowUpIcon, Trash2Icon } from "@/components/ui/icons";
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

/**
 * The ordered agenda of one session as a timetable in venue time. Editors add, remove, and move
 * items with labelled buttons, or with Alt+↑ / Alt+↓ on a focused item, which keeps its focus.
 */
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
    toast: "Added to the agenda.",
  });
  const keyboardMove = useAction((values) =>
    moveAgendaItemAction(organizationSlug, { itemId: values.itemId, direction: values.direction }),
  );
  const list = useRef<HTMLOListElement>(null);
  const moved = useRef<string | null>(null);
  // The moved item comes back in its new place after the page revalidates; focus follows it there.
  useEffect(() => {
    if (!moved.current || !items.length) return;
    list.current?.querySelector<HTMLElement>(`[data-item-id="${moved.current}"]`)?.focus();
    moved.current = null;
  }, [items]);
  const move = (item: Item, direction: "up" | "down") => () =>
    moveAgendaItemAction(organizationSlug, { itemId: item.id, direction });
  const onKeyDown = (item: Item, index: number) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || event.target !== event.currentTarget) return;
    const direction = event.key === "ArrowUp" ? "up" : event.key === "ArrowDown" ? "down" : null;
    if (!direction || (direction === "up" && index === 0) || (direction === "down" && index === items.length - 1))
      return;
    event.preventDefault();
    moved.current = item.id;
    keyboardMove.run({ itemId: item.id, direction });
  };
  return (
    <div className="space-y-3">
      {items.length ? (
        <ol ref={list} className="divide-y divide-border rounded-md border border-border text-sm" aria-label="Agenda">
          {items.map((item, index) => (
            <li
              key={item.id}
              data-item-id={item.id}
              tabIndex={editable ? 0 : undefined}
              aria-keyshortcuts={editable ? "Alt+ArrowUp Alt+ArrowDown" : undefined}
              onKeyDown={editable ? onKeyDown(item, index) : undefined}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 p-2 focus-visible:outline-2 focus-visible:outline-ring"
            >
              <span className="w-24 shrink-0 font-mono text-muted-foreground">{item.slot ?? `${index + 1}.`}</span>
              <span className="min-w-0 flex-1">
                <span className="font-medium">{item.title}</span>
                {item.durationMinutes ? (
                  <span className="text-muted-foreground"> · {item.durationMinutes} min</span>
                ) : null}
                {item.theme ? <span className="text-muted-foreground"> · theme: {item.theme.title}</span> : null}
              </span>
              {editable ? (
                <span className="flex gap-1 print:hidden">
                  {index > 0 ? (
                    <ActionButton action={move(item, "up")} label={`Move “${item.title}” up`} size="sm" variant="ghost">
                      <ArrowUpIcon aria-hidden="true" /> Up
                    </ActionButton>
                  ) : null}
                  {index < items.length - 1 ? (
                    <ActionButton
                      action={move(item, "down")}
                      label={`Move “${item.title}” down`}
                      size="sm"
                      variant="ghost"
                    >
                      <ArrowDownIcon aria-hidden="true" /> Down
                    </ActionButton>
                  ) : null}
                  <ActionButton
                    action={() => removeAgendaItemAction(organizationSlug, { itemId: item.id })}
                    label={`Remove “${item.title}”`}
                    variant="ghost"
                    size="sm"
                    toast="Removed from the agenda."
                  >
                    <Trash2Icon aria-hidden="true" /> Remove
                  </ActionButton>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-muted-foreground">Nothing on the agenda yet.</p>
      )}
      {editable && items.length > 1 ? (
        <p className="text-xs text-muted-foreground print:hidden">
          Tip: focus an item and press Alt+↑ or Alt+↓ to move it.
        </p>
      ) : null}
      <FormMessage message={keyboardMove.message} />
      {editable ? (
        <form onSubmit={form.onSubmit} className="grid items-end gap-2 sm:grid-cols-4 print:hidden" noValidate>
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
          <FormFooter form={form} submit="Add to agenda" variant="secondary" />
        </form>
      ) : null}
    </div>
  );
}
