"use client";

import { PersonPicker } from "@/components/interlocutors/person-picker";
import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useEntityForm } from "@/components/ui/use-entity-form";
import { addParticipantAction, updateParticipantAction } from "@/lib/participants/actions";
import {
  namingConsentLabels,
  participantCapacityLabels,
  participantRoleLabels,
  participantSideLabels,
  participationStatusLabels,
} from "@/lib/participants/labels";

export type ParticipantValues = {
  id: string;
  version: number;
  side: string;
  role: string;
  capacity: string;
  status: string;
  consent: string;
  note: string;
};

/** Someone takes part in the dialogue (found by any spelling), or `participant`'s terms change. */
export function ParticipantForm({
  organizationSlug,
  dialogueId,
  participant,
}: {
  organizationSlug: string;
  dialogueId: string;
  participant?: ParticipantValues;
}) {
  const { form, field } = useEntityForm({
    kind: "participant",
    entity: participant,
    add: (values) => addParticipantAction(organizationSlug, values),
    update: (values) => updateParticipantAction(organizationSlug, values),
  });
  const select = (
    name: keyof ParticipantValues & string,
    label: string,
    labels: Record<string, string>,
    initial: string,
  ) => (
    <SelectField label={label} {...field(name)} defaultValue={(participant?.[name] as string | undefined) ?? initial}>
      <Options labels={labels} />
    </SelectField>
  );
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate key={participant?.version}>
      <HiddenFields
        values={participant ? { participantId: participant.id, version: participant.version } : { dialogueId }}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        {participant ? null : (
          <PersonPicker
            organizationSlug={organizationSlug}
            name="interlocutorId"
            label="Person"
            idPrefix="new-participant"
            errors={form.errors("interlocutorId")}
          />
        )}
        {select("side", "Side", participantSideLabels, "COUNTERPART")}
        {select("role", "Role", participantRoleLabels, "MEMBER")}
        {select("capacity", "Capacity", participantCapacityLabels, "PERSONAL")}
        {select("status", "Status", participationStatusLabels, "PROSPECTIVE")}
        {select("consent", "Consent to be named", namingConsentLabels, "NOT_LISTED")}
        <TextField label="Note" {...field("note")} maxLength={2000} />
      </div>
      <FormFooter form={form} submit={participant ? "Save" : "Add participant"} />
    </form>
  );
}
