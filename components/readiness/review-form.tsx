"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Options } from "@/components/ui/options";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { reviewDecisionLabels } from "@/lib/labels";
import { recordReviewAction } from "@/lib/readiness/actions";

export function ReviewForm({ organizationSlug, dialogueId }: { organizationSlug: string; dialogueId: string }) {
  const router = useRouter();
  const form = useActionForm(
    (values) => recordReviewAction(organizationSlug, { ...values, dialogueId }),
    () => router.refresh(),
  );
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
      <FormMessage message={form.message} />
      <Button disabled={form.pending}>Record review</Button>
    </form>
  );
}
