"use client";

import { type FormEvent, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { toast } from "./toaster";

export type FormValues = Record<string, string | string[]>;

/** A field named more than once (checkbox lists) becomes a list; any other field a string. */
function valuesOf(form: HTMLFormElement): FormValues {
  const data = new FormData(form);
  const values: FormValues = {};
  for (const key of new Set(data.keys())) {
    const all = data.getAll(key).map(String);
    values[key] = all.length > 1 || form.querySelector(`[name="${key}"][data-list]`) ? all : (all[0] ?? "");
  }
  return values;
}

/**
 * The one way the client calls a server action, from a form (`onSubmit`) or a button (`run`).
 * A failure is never dropped: it stays in `message`, `conflict` or the field errors until the next
 * call, and FormFooter and ActionButton, the only places that submit, always show it. What was
 * typed stays in the form on a failure; on a conflict, `reapply` sends it again over the other
 * person's version. The action revalidates the page itself, so no extra refresh is needed.
 * `toast` confirms a success in a toast ("Answer saved."), which outlives a navigation.
 */
export function useAction<T>(
  action: (values: FormValues) => Promise<ActionResult<T>>,
  options: { onSuccess?: (data: T) => void; resetOnSuccess?: boolean; toast?: string | ((data: T) => string) } = {},
) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  const last = useRef<FormValues>({});
  const form = useRef<HTMLFormElement | null>(null);
  const run = (values: FormValues = {}) => {
    last.current = values;
    startTransition(async () => {
      const next = await action(values);
      setResult(next);
      if (!next.ok) return;
      // An add form starts empty again, so a second entry inherits nothing from the first.
      if (options.resetOnSuccess) form.current?.reset();
      if (options.toast) toast(typeof options.toast === "string" ? options.toast : options.toast(next.data));
      options.onSuccess?.(next.data);
    });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    form.current = event.currentTarget;
    run(valuesOf(event.currentTarget));
  };
  const failure = result && !result.ok ? result : null;
  const conflict =
    failure?.reason === "CONFLICT" ? ((failure.current ?? {}) as Record<string, unknown> & { version?: number }) : null;
  const reapply = () => {
    if (conflict && typeof conflict.version === "number") run({ ...last.current, version: String(conflict.version) });
  };
  const errors = (name: string) => (failure && "fieldErrors" in failure ? failure.fieldErrors?.[name] : undefined);
  const message = failure && !conflict ? failure.message : null;
  return { run, onSubmit, pending, result, errors, message, conflict, reapply };
}

export type Action = ReturnType<typeof useAction>;
