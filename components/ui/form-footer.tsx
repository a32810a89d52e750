"use client";

import { Button } from "./button";
import { ConflictNotice } from "./conflict-notice";
import { FormMessage } from "./form-message";
import type { useActionForm } from "./use-action-form";

type Form = Pick<ReturnType<typeof useActionForm>, "conflict" | "reapply" | "pending" | "message">;

/** The end of every editing form: the other person's version on a conflict, else the message; then submit. */
export function FormFooter({
  form,
  conflictLabels,
  submit,
}: {
  form: Form;
  conflictLabels: Record<string, string>;
  submit: string;
}) {
  return (
    <>
      {form.conflict ? (
        <ConflictNotice
          current={form.conflict}
          labels={conflictLabels}
          onReapply={form.reapply}
          pending={form.pending}
        />
      ) : (
        <FormMessage message={form.message} />
      )}
      <Button disabled={form.pending}>{submit}</Button>
    </>
  );
}
