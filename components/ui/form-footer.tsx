"use client";

import { Button } from "./button";
import { ConflictNotice } from "./conflict-notice";
import { FormMessage } from "./form-message";
import type { Action } from "./use-action";

/**
 * The end of every form: the other person's version on a conflict, else the failure or "Saved.";
 * then the submit button, which shows that the form is being sent.
 */
export function FormFooter({
  form,
  submit,
  pendingLabel,
  conflictLabels = {},
  conflictValues,
  variant,
  savedMessage = "Saved.",
}: {
  form: Action;
  submit: string;
  pendingLabel?: string;
  conflictLabels?: Record<string, string>;
  conflictValues?: Record<string, Record<string, string>>;
  variant?: "primary" | "secondary" | "danger";
  /** Null for forms that move on after success, where "Saved." would be noise. */
  savedMessage?: string | null;
}) {
  return (
    <>
      {form.conflict ? (
        <ConflictNotice
          current={form.conflict}
          labels={conflictLabels}
          values={conflictValues}
          onReapply={form.reapply}
          pending={form.pending}
        />
      ) : form.saved && savedMessage ? (
        <FormMessage tone="success" message={savedMessage} />
      ) : (
        <FormMessage message={form.message} />
      )}
      <Button variant={variant} disabled={form.pending}>
        {form.pending && pendingLabel ? pendingLabel : submit}
      </Button>
    </>
  );
}
