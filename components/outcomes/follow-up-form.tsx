"use client";

import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { addFollowUpAction } from "@/lib/outcomes/actions";
import { participantSideLabels } from "@/lib/participants/labels";

/** A commitment made at the session: what, which side, who follows it up here, and by when. */
export function FollowUpForm({
  organizationSlug,
  sessionId,
  assignees,
}: {
  organizationSlug: string;
  sessionId: string;
  assignees: Record<string, string>;
}) {
  const form = useAction((values) => addFollowUpAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: "Follow-up added.",
  });
  const field = (name: string) => ({ name, idPrefix: "new-follow-up", errors: form.errors(name) });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate aria-label="Add a follow-up">
      <HiddenFields values={{ sessionId }} />
      <TextField label="Commitment" {...field("what")} maxLength={1000} required />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label="Side" {...field("side")} defaultValue="OURS">
          <Options labels={participantSideLabels} />
        </SelectField>
        <SelectField label="Assignee" {...field("assigneeId")} defaultValue="">
          <Options labels={assignees} empty="—" />
        </SelectField>
        <TextField label="Due" type="date" {...field("dueDate")} />
      </div>
      <FormFooter form={form} submit="Add follow-up" variant="secondary" />
    </form>
  );
}
