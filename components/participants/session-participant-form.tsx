"use client";

import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { updateSessionParticipantAction } from "@/lib/participants/actions";
import { attendanceLabels, visaStatusLabels } from "@/lib/participants/labels";

export type SessionParticipantValues = {
  id: string;
  version: number;
  attendance: string;
  invitationSentOn: string;
  visa: string;
  visaLeadDays: number | null;
  travelBooked: boolean;
  interpretation: string;
};

/** One participant's attendance and logistics for a session. */
export function SessionParticipantForm({
  organizationSlug,
  row,
}: {
  organizationSlug: string;
  row: SessionParticipantValues;
}) {
  const form = useAction((values) => updateSessionParticipantAction(organizationSlug, values), {
    toast: "Logistics saved.",
  });
  const field = (name: string) => ({ name, idPrefix: `logistics-${row.id}`, errors: form.errors(name) });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate key={row.version}>
      <HiddenFields values={{ sessionParticipantId: row.id, version: row.version }} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label="Attendance" {...field("attendance")} defaultValue={row.attendance}>
          <Options labels={attendanceLabels} />
        </SelectField>
        <TextField
          label="Invitation letter sent on"
          type="date"
          {...field("invitationSentOn")}
          defaultValue={row.invitationSentOn}
        />
        <SelectField label="Visa" {...field("visa")} defaultValue={row.visa}>
          <Options labels={visaStatusLabels} />
        </SelectField>
        <TextField
          label="Visa lead time (days)"
          type="number"
          min={1}
          max={365}
          {...field("visaLeadDays")}
          defaultValue={row.visaLeadDays ?? ""}
        />
        <TextField
          label="Interpretation (language pair)"
          {...field("interpretation")}
          maxLength={80}
          placeholder="e.g. Korean–English"
          defaultValue={row.interpretation}
        />
        <label className="flex items-center gap-2 self-center text-sm">
          <input
            type="checkbox"
            name="travelBooked"
            defaultChecked={row.travelBooked}
            className="size-4 accent-primary"
          />
          Travel booked
        </label>
      </div>
      <FormFooter form={form} submit="Save logistics" />
    </form>
  );
}
