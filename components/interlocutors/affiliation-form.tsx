"use client";

import { useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { addAffiliationAction } from "@/lib/interlocutors/actions";
import { seniorityLabels } from "@/lib/interlocutors/labels";
import { confidenceLabels } from "@/lib/labels";
import { InstitutionPicker } from "./institution-picker";

/** A dated post for one interlocutor; leave "To" empty while they still hold it. */
export function AffiliationForm({
  organizationSlug,
  interlocutorId,
}: {
  organizationSlug: string;
  interlocutorId: string;
}) {
  // Bumped after each success, so the institution picker starts empty again.
  const [round, setRound] = useState(0);
  const form = useAction((values) => addAffiliationAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: "Post added.",
    onSuccess: () => setRound((value) => value + 1),
  });
  const field = (name: string) => ({ name, idPrefix: "new-post", errors: form.errors(name) });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <HiddenFields values={{ interlocutorId }} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Title" {...field("title")} maxLength={200} required />
        <InstitutionPicker
          key={round}
          organizationSlug={organizationSlug}
          label="Institution"
          {...field("institutionId")}
        />
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
