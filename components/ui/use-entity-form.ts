"use client";

import type { ActionResult } from "@/lib/action-result";
import type { FieldRules } from "@/lib/form-rules";
import { type FormValues, useAction } from "./use-action";

/**
 * A form that adds a row, or edits `entity` when given: picks the action, empties itself after an
 * add, and gives each field its name, a page-unique id, its errors and its current value.
 */
export function useEntityForm<E extends { id: string; version: number }, T>(options: {
  kind: string;
  entity?: E;
  add: (values: FormValues) => Promise<ActionResult<T>>;
  update: (values: FormValues) => Promise<ActionResult<T>>;
  /** Each field's limits from the action's schema (lib/form-rules.ts), shown before submit. */
  rules?: FieldRules;
}) {
  const { entity } = options;
  const form = useAction((values) => (entity ? options.update(values) : options.add(values)), {
    resetOnSuccess: !entity,
    toast: `${options.kind.charAt(0).toUpperCase()}${options.kind.slice(1)} ${entity ? "saved" : "added"}.`,
  });
  const idPrefix = entity ? `${options.kind}-${entity.id}` : `new-${options.kind}`;
  const field = (name: keyof E & string) => ({
    name,
    idPrefix,
    errors: form.errors(name),
    defaultValue: entity ? String(entity[name] ?? "") : undefined,
    ...options.rules?.[name],
  });
  return { form, field };
}
