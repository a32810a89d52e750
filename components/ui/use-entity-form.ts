"use client";

import { useRouter } from "next/navigation";
import { type FormValues, useActionForm } from "./use-action-form";

type Result = {
  ok: boolean;
  reason?: string;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  current?: unknown;
};

/**
 * A form that adds a row, or edits `entity` when given: picks the action, refreshes the page on
 * success, and gives each field its name, a page-unique id, its errors and its current value.
 */
export function useEntityForm<E extends { id: string; version: number }, R extends Result>(options: {
  kind: string;
  entity?: E;
  add: (values: FormValues) => Promise<R>;
  update: (values: FormValues) => Promise<R>;
}) {
  const router = useRouter();
  const { entity } = options;
  const form = useActionForm(
    (values) => (entity ? options.update(values) : options.add(values)),
    () => router.refresh(),
  );
  const idPrefix = entity ? `${options.kind}-${entity.id}` : `new-${options.kind}`;
  const field = (name: keyof E & string) => ({
    name,
    idPrefix,
    errors: form.errors(name),
    defaultValue: entity ? String(entity[name] ?? "") : undefined,
  });
  return { form, field };
}
