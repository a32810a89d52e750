"use client";

import { SelectField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { addSessionParticipantAction } from "@/lib/participants/actions";

/** Puts one of the dialogue's participants on this session's list. */
export function AddSessionParticipantForm({
  organizationSlug,
  sessionId,
  participants,
}: {
  organizationSlug: string;
  sessionId: string;
  participants: Record<string, string>;
}) {
  const form = useAction((values) => addSessionParticipantAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: "Added to the session.",
  });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <HiddenFields values={{ sessionId }} />
      <SelectField
        label="Dialogue participant"
        name="participantId"
        idPrefix="session-participant"
        errors={form.errors("participantId")}
        required
      >
        <Options labels={participants} empty="Choose…" />
      </SelectField>
      <FormFooter form={form} submit="Add to session" />
    </form>
  );
}
