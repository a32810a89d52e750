"use client";

import { type FormEvent, useRef, useState, useTransition } from "react";

type Result = {
  ok: boolean;
  reason?: string;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  current?: unknown;
};

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
 * Submits a form's fields as an object to a server action without resetting the form, so what was
 * typed stays when the action answers with field errors or a conflict. On a conflict, `reapply`
 * submits the same values again over the other person's version.
 */
export function useActionForm<R extends Result>(
  submit: (values: FormValues) => Promise<R>,
  onSuccess?: (result: R) => void,
) {
  const [result, setResult] = useState<R | null>(null);
  const [pending, startTransition] = useTransition();
  const last = useRef<FormValues>({});
  const send = (values: FormValues) => {
    last.current = values;
    startTransition(async () => {
      const next = await submit(values);
      setResult(next);
      if (next.ok) onSuccess?.(next);
    });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    send(valuesOf(event.currentTarget));
  };
  const conflict =
    result && !result.ok && result.reason === "CONFLICT" ? (result.current as Record<string, unknown> | null) : null;
  const reapply = () => {
    if (conflict && typeof conflict.version === "number") send({ ...last.current, version: String(conflict.version) });
  };
  const errors = (name: string) => (result && !result.ok ? result.fieldErrors?.[name] : undefined);
  const message = result && !result.ok && !conflict ? (result.message ?? null) : null;
  return { onSubmit, pending, result, errors, message, conflict, reapply, setResult };
}
