"use client";

import { TextAreaField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { useAction } from "@/components/ui/use-action";
import { recordOutcomeAction } from "@/lib/outcomes/actions";

/** The held session's unattributed summary: what it produced, with nobody named. */
export function OutcomeForm({
  organizationSlug,
  session,
}: {
  organizationSlug: string;
  session: { id: string; version: number; outcome: string };
}) {
  const form = useAction((values) => recordOutcomeAction(organizationSlug, values), { toast: "Outcome saved." });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate key={session.version} aria-label="Outcome">
      <HiddenFields values={{ sessionId: session.id, version: session.version }} />
      <TextAreaField
        label="Unattributed summary"
        name="outcome"
        idPrefix="outcome"
        rows={5}
        defaultValue={session.outcome}
        errors={form.errors("outcome")}
        hint="What was agreed, raised or left open, with nobody named."
      />
      <FormFooter form={form} submit="Save outcome" />
    </form>
  );
}
