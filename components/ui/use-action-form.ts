"use client";

import { type FormEvent, useState, useTransition } from "react";

type Result = { ok: boolean; message?: string; fieldErrors?: Record<string, string[] | undefined> };

/**
 * Submits a form's fields as an object to a server action without resetting the form, so what
 * was typed stays when the action answers with field errors or a conflict.
 */
export function useActionForm<R extends Result>(
  submit: (values: Record<string, string>) => Promise<R>,
  onSuccess?: (result: R) => void,
) {
  const [result, setResult] = useState<R | null>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries([...form.entries()].map(([key, value]) => [key, String(value)]));
    startTransition(async () => {
      const next = await submit(values);
      setResult(next);
      if (next.ok) onSuccess?.(next);
    });
  };
  const errors = (name: string) => (result && !result.ok ? result.fieldErrors?.[name] : undefined);
  const message = result && !result.ok ? (result.message ?? null) : null;
  return { onSubmit, pending, result, errors, message, setResult };
}
