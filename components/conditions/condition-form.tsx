"use client";

import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useEntityForm } from "@/components/ui/use-entity-form";
import { addConditionAction, updateConditionAction } from "@/lib/conditions/actions";
import { conditionStatusLabels } from "@/lib/conditions/labels";
import { participantSideLabels } from "@/lib/participants/labels";

export type ConditionValues = {
  id: string;
  version: number;
  text: string;
  side: string;
  statedOn: string;
  source: string;
  status: string;
  gate: boolean;
  formatIds: string[];
  sessionIds: string[];
};

function Choices({
  legend,
  name,
  choices,
  chosen,
}: {
  legend: string;
  name: string;
  choices: Record<string, string>;
  chosen: string[];
}) {
  const entries = Object.entries(choices);
  if (!entries.length) return null;
  return (
    <fieldset className="space-y-1 text-sm">
      <legend className="font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {entries.map(([value, label]) => (
          <label key={value} className="flex items-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={value}
              data-list
              defaultChecked={chosen.includes(value)}
              className="size-4 accent-primary"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A condition one side stated, dated and sourced, with what it bears on; or `condition`'s update. */
export function ConditionForm({
  organizationSlug,
  dialogueId,
  condition,
  formats,
  sessions,
  today,
}: {
  organizationSlug: string;
  dialogueId: string;
  condition?: ConditionValues;
  formats: Record<string, string>;
  sessions: Record<string, string>;
  today: string;
}) {
  const { form, field } = useEntityForm({
    kind: "condition",
    entity: condition,
    add: (values) => addConditionAction(organizationSlug, values),
    update: (values) => updateConditionAction(organizationSlug, values),
  });
  return (
    <form
      onSubmit={form.onSubmit}
      className="space-y-3"
      noValidate
      key={condition?.version}
      aria-label={condition ? "Edit condition" : "Add a condition"}
    >
      <HiddenFields values={condition ? { conditionId: condition.id, version: condition.version } : { dialogueId }} />
      <TextField label="Condition" {...field("text")} maxLength={1000} required />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label="Stated by" {...field("side")} defaultValue={condition?.side ?? "COUNTERPART"}>
          <Options labels={participantSideLabels} />
        </SelectField>
        <TextField
          label="Stated on"
          type="date"
          {...field("statedOn")}
          defaultValue={condition?.statedOn ?? today}
          max={today}
        />
        <TextField label="Source" {...field("source")} maxLength={500} required />
        <SelectField label="Condition status" {...field("status")} defaultValue={condition?.status ?? "STATED"}>
          <Options labels={conditionStatusLabels} />
        </SelectField>
      </div>
      <Choices
        legend="Bears on format options"
        name="formatIds"
        choices={formats}
        chosen={condition?.formatIds ?? []}
      />
      <Choices legend="Bears on sessions" name="sessionIds" choices={sessions} chosen={condition?.sessionIds ?? []} />
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="gate"
          defaultChecked={condition?.gate ?? false}
          className="size-4 accent-primary"
        />
        A gate: the dialogue is not ready until it is met
      </label>
      <FormFooter form={form} submit={condition ? "Save condition" : "Add condition"} />
    </form>
  );
}
