"use client";

import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { addInstitutionAction } from "@/lib/interlocutors/actions";
import { institutionKindLabels } from "@/lib/interlocutors/labels";

/** A ministry, agency, think tank, university or party that posts are held in. */
export function InstitutionForm({ organizationSlug }: { organizationSlug: string }) {
  const form = useAction((values) => addInstitutionAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: "Institution added.",
  });
  const field = (name: string) => ({ name, idPrefix: "new-institution", errors: form.errors(name) });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="Institution" {...field("name")} maxLength={200} required />
        <TextField label="Country" {...field("country")} maxLength={80} />
        <SelectField label="Kind" {...field("kind")} defaultValue="MINISTRY">
          <Options labels={institutionKindLabels} />
        </SelectField>
      </div>
      <FormFooter form={form} submit="Add institution" variant="secondary" />
    </form>
  );
}
