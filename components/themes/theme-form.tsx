"use client";

import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useEntityForm } from "@/components/ui/use-entity-form";
import type { FieldRules } from "@/lib/form-rules";
import { themeStatusLabels } from "@/lib/labels";
import { addThemeAction, updateThemeAction } from "@/lib/themes/actions";

export type ThemeValues = {
  id: string;
  version: number;
  title: string;
  description: string;
  ourPriority: number;
  theirPriority: number | null;
  theirPrioritySource: string;
  status: string;
  sanctionsSensitive: boolean;
};

const priorities = { "1": "1 (low)", "2": "2", "3": "3", "4": "4", "5": "5 (high)" };
const conflictLabels = {
  title: "Title",
  ourPriority: "Our priority",
  theirPriority: "Their priority",
  status: "Status",
};

export function ThemeForm({
  organizationSlug,
  dialogueId,
  rules,
  theme,
}: {
  organizationSlug: string;
  dialogueId: string;
  rules?: FieldRules;
  theme?: ThemeValues;
}) {
  const { form, field } = useEntityForm({
    rules,
    kind: "theme",
    entity: theme,
    add: (values) => addThemeAction(organizationSlug, values),
    update: (values) => updateThemeAction(organizationSlug, values),
  });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate key={theme?.version}>
      <HiddenFields values={theme ? { themeId: theme.id, version: theme.version } : { dialogueId }} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Theme" {...field("title")} />
        <SelectField label="Status" {...field("status")} defaultValue={theme?.status ?? "PROPOSED"}>
          <Options labels={themeStatusLabels} />
        </SelectField>
        <SelectField label="Our priority" {...field("ourPriority")} defaultValue={String(theme?.ourPriority ?? 3)}>
          <Options labels={priorities} />
        </SelectField>
        <SelectField label="Their priority (stated or perceived)" {...field("theirPriority")}>
          <Options labels={priorities} empty="Unknown" />
        </SelectField>
        <TextField label="Source of their priority" {...field("theirPrioritySource")} />
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-primary"
          name="sanctionsSensitive"
          defaultChecked={theme?.sanctionsSensitive}
        />
        Touched by sanctions
      </label>
      <TextAreaField label="Description" {...field("description")} />
      <FormFooter
        form={form}
        conflictLabels={conflictLabels}
        conflictValues={{ status: themeStatusLabels }}
        submit={theme ? "Save theme" : "Add theme"}
      />
    </form>
  );
}
