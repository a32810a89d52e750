"use client";

import { TextAreaField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { useAction } from "@/components/ui/use-action";
import { eraseInterlocutorAction } from "@/lib/interlocutors/actions";

/** Owners only: erases everything held on one person, leaving an anonymous placeholder that still counts. */
export function EraseForm({ organizationSlug, interlocutorId }: { organizationSlug: string; interlocutorId: string }) {
  const form = useAction((values) => eraseInterlocutorAction(organizationSlug, values), {
    toast: "Personal data erased.",
  });
  const confirmErrors = form.errors("confirm");
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <HiddenFields values={{ interlocutorId }} />
      <p className="text-sm text-muted-foreground">
        Removes every personal field, post, logged change, screening, note and travel detail, and their name from the
        audit trail. The record stays as “Erased person”, so rosters and continuity still count them. Export their data
        first if the request asks for a copy. This cannot be undone.
      </p>
      <TextAreaField
        label="Why (kept with the record: do not name the person)"
        name="reason"
        idPrefix="erase"
        errors={form.errors("reason")}
        maxLength={500}
        rows={2}
      />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="confirm"
          aria-invalid={confirmErrors?.length ? true : undefined}
          aria-describedby="erase-confirm-error"
          className="size-4 accent-primary"
        />
        I understand that this cannot be undone
      </label>
      <p id="erase-confirm-error" aria-live="polite" className="text-sm text-destructive">
        {confirmErrors?.join(" ")}
      </p>
      <FormFooter form={form} submit="Erase personal data" pendingLabel="Erasing…" variant="danger" />
    </form>
  );
}
