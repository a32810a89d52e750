"use client";

import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { addAffiliationAction } from "@/lib/interlocutors/actions";
import { seniorityLabels } from "@/lib/interlocutors/labels";
import { confidenceLabels } from "@/lib/labels";

/** A dated post for one interlocutor; leave "To" empty while they still hold it. */
export function AffiliationForm({
  organizationSlug,
  interlocutorId,
  institutions,
}: {
  organizationSlug: string;
  interlocutorId: string;
  institutions: Record<string, string>;
}) {
  const form = useAction((values) => addAffiliationAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: "Post added.",
  });
  const field = (name: string) => ({ name, idPrefix: "new-post", errors: form.errors(name) });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <HiddenFields values={{ interlocutorId }} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Title" {...field("title")} maxLength={200} required />
        <SelectField label="Institution" {...field("institutionId")} required>
          <Options labels={institutions} empty="Choose…" />
        </SelectField>
        <TextField label="From" type="date" {...field("startsOn")} required />
        <TextField label="To (empty while held)" type="date" {...field("endsOn")} />
        <TextField label="Source" {...field("source")} maxLength={500} placeholder="e.g. state media, 3 March" />
        <SelectField label="Confidence" {...field("confidence")} defaultValue="MEDIUM">
          <Options labels={confidenceLabels} />
        </SelectField>
        <SelectField label="Seniority" {...field("seniority")}>
          <Options labels={seniorityLabels} empty="Not known" />
        </SelectField>
      </div>
      <FormFooter form={form} submit="Add post" />
    </form>
  );
}
