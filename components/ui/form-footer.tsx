"use client";

import { LoaderCircleIcon } from "@/components/ui/icons";
import { Button } from "./button";
import { ConflictNotice } from "./conflict-notice";
import { FormMessage } from "./form-message";
import type { Action } from "./use-action";

/**
 * The end of every form: the other person's version on a conflict, else the failure (a success is
 * a toast, see useAction); then the submit button, which shows that the form is being sent.
 */
export function FormFooter({
  form,
  submit,
  pendingLabel,
  conflictLabels = {},
  conflictValues,
  variant,
}: {
  form: Action;
  submit: string;
  pendingLabel?: string;
  conflictLabels?: Record<string, string>;
  conflictValues?: Record<string, Record<string, string>>;
  variant?: "primary" | "secondary" | "danger";
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
      ) : (
        <FormMessage message={form.message} />
      )}
      <Button variant={variant} disabled={form.pending} aria-busy={form.pending || undefined}>
        {form.pending ? (
          <LoaderCircleIcon aria-hidden="true" className="animate-spin motion-reduce:animate-none" />
        ) : null}
        {form.pending ? (pendingLabel ?? "Saving…") : submit}
      </Button>
    </>
  );
}
