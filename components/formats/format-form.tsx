"use client";

import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useEntityForm } from "@/components/ui/use-entity-form";
import type { FieldRules } from "@/lib/form-rules";
import { addFormatAction, updateFormatAction } from "@/lib/formats/actions";
import { formatModeLabels } from "@/lib/labels";

export type FormatValues = {
  id: string;
  version: number;
  name: string;
  mode: string;
  venueCity: string;
  venueCountry: string;
  participantCap: number | null;
  level: string;
  languages: string;
  interpretation: string;
  duration: string;
  feasibilityNotes: string;
  counterpartCanJoinOnline: boolean;
  rationale: string;
};

const conflictLabels = { name: "Name", mode: "Mode", venueCity: "City", participantCap: "Cap", rationale: "Rationale" };

/** Adds a format option to a dialogue, or edits one. */
export function FormatForm({
  organizationSlug,
  dialogueId,
  rules,
  format,
}: {
  organizationSlug: string;
  dialogueId: string;
  rules?: FieldRules;
  format?: FormatValues;
}) {
  const { form, field } = useEntityForm({
    rules,
    kind: "format",
    entity: format,
    add: (values) => addFormatAction(organizationSlug, values),
    update: (values) => updateFormatAction(organizationSlug, values),
  });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate key={format?.version}>
      <HiddenFields values={format ? { formatId: format.id, version: format.version } : { dialogueId }} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="Option name" {...field("name")} />
        <SelectField label="Mode" {...field("mode")} defaultValue={format?.mode ?? "IN_PERSON"}>
          <Options labels={formatModeLabels} />
        </SelectField>
        <TextField label="Participant cap" type="number" {...field("participantCap")} />
        <TextField label="Venue city" {...field("venueCity")} />
        <TextField label="Venue country" {...field("venueCountry")} />
        <TextField label="Duration" {...field("duration")} placeholder="e.g. two days" />
        <TextField label="Level of participants" {...field("level")} />
        <TextField label="Languages" {...field("languages")} />
        <TextField label="Interpretation" {...field("interpretation")} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-primary"
          name="counterpartCanJoinOnline"
          defaultChecked={format?.counterpartCanJoinOnline}
        />
        The counterpart can take part online
      </label>
      <TextAreaField label="Feasibility notes" {...field("feasibilityNotes")} />
      <TextAreaField label="Rationale" {...field("rationale")} />
      <FormFooter
        form={form}
        conflictLabels={conflictLabels}
        conflictValues={{ mode: formatModeLabels }}
        submit={format ? "Save option" : "Add format option"}
      />
    </form>
  );
}
