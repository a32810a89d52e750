"use client";

import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { checklistFieldLabels, checklistStatusLabels, confidenceLabels } from "@/lib/labels";
import { updateChecklistItemAction } from "@/lib/readiness/actions";

export type ChecklistItemValues = {
  id: string;
  version: number;
  question: string;
  status: string;
  answer: string;
  evidence: string;
  evidenceLinks: string[];
  confidence: string | null;
  assigneeId: string | null;
  dueDate: string;
  weight: number;
  gate: boolean;
  /** YYYY-MM-DD, or "" while never answered. */
  answeredOn: string;
  reviewIntervalDays: number | null;
};

const conflictLabels = {
  status: checklistFieldLabels.status,
  answer: checklistFieldLabels.answer,
  confidence: checklistFieldLabels.confidence,
  evidence: checklistFieldLabels.evidence,
  weight: checklistFieldLabels.weight,
};

export function ChecklistItemForm({
  organizationSlug,
  item,
  assignees,
}: {
  organizationSlug: string;
  item: ChecklistItemValues;
  assignees: Record<string, string>;
}) {
  const form = useAction((values) => updateChecklistItemAction(organizationSlug, values), {
    toast: "Answer saved.",
  });
  const prefix = `item-${item.id}`;
  const field = (name: keyof ChecklistItemValues) => ({ name, idPrefix: prefix, errors: form.errors(name) });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate key={item.version} aria-label={item.question}>
      <HiddenFields values={{ itemId: item.id, version: item.version }} />
      <div className="grid grid-cols-2 gap-3">
        <SelectField label="Status" {...field("status")} defaultValue={item.status}>
          <Options labels={checklistStatusLabels} />
        </SelectField>
        <SelectField label="Confidence" {...field("confidence")} defaultValue={item.confidence ?? ""}>
          <Options labels={confidenceLabels} empty="—" />
        </SelectField>
        <SelectField label="Assignee" {...field("assigneeId")} defaultValue={item.assigneeId ?? ""}>
          <Options labels={assignees} empty="—" />
        </SelectField>
        <TextField label="Due" type="date" {...field("dueDate")} defaultValue={item.dueDate} />
        <TextField
          label="Weight"
          type="number"
          min={0}
          max={10}
          {...field("weight")}
          defaultValue={String(item.weight)}
        />
        <TextField
          label="As of"
          type="date"
          {...field("answeredOn")}
          defaultValue={item.answeredOn}
          hint="A changed answer is as of today unless you give another day."
        />
        <TextField
          label="Stale after (days)"
          type="number"
          min={1}
          max={3650}
          {...field("reviewIntervalDays")}
          defaultValue={item.reviewIntervalDays === null ? "" : String(item.reviewIntervalDays)}
          hint="Blank: never by age."
        />
        <div className="col-span-2 flex items-end">
          <input type="hidden" name="gate" value="off" />
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name="gate"
              value="on"
              defaultChecked={item.gate}
              className="size-4 accent-primary"
            />
            Gate: the dialogue cannot be ready without it
          </label>
        </div>
      </div>
      <TextAreaField label="Answer" {...field("answer")} defaultValue={item.answer} />
      <div className="space-y-3">
        <TextAreaField label="Evidence" {...field("evidence")} defaultValue={item.evidence} />
        <TextAreaField
          label="Evidence links (one per line)"
          {...field("evidenceLinks")}
          defaultValue={item.evidenceLinks.join("\n")}
        />
      </div>
      <FormFooter
        form={form}
        conflictLabels={conflictLabels}
        conflictValues={{ status: checklistStatusLabels, confidence: confidenceLabels }}
        submit="Save answer"
      />
    </form>
  );
}
