"use client";

import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { reviewDecisionLabels } from "@/lib/labels";
import { recordReviewAction } from "@/lib/readiness/actions";

export function ReviewForm({ organizationSlug, dialogueId }: { organizationSlug: string; dialogueId: string }) {
  // Emptied after each review, so a second click cannot record the same review twice.
  const form = useAction((values) => recordReviewAction(organizationSlug, { ...values, dialogueId }), {
    resetOnSuccess: true,
    toast: "Review recorded.",
  });
  return (
    <form onSubmit={form.onSubmit} className="max-w-xl space-y-3" noValidate>
      <SelectField
        label="Decision"
        name="decision"
        idPrefix="review"
        defaultValue="NOT_YET"
        errors={form.errors("decision")}
      >
        <Options labels={reviewDecisionLabels} />
      </SelectField>
      <TextAreaField label="Rationale" name="rationale" idPrefix="review" errors={form.errors("rationale")} />
      <FormFooter form={form} submit="Record review" pendingLabel="Recording…" />
    </form>
  );
}
