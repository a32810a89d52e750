"use client";

import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { recordScreeningAction } from "@/lib/participants/actions";
import { exemptionStatusLabels, screeningResultLabels } from "@/lib/participants/labels";

/**
 * Records a sanctions and travel-ban check of one participant: which of the organization's lists
 * were checked, on which day, the result, and for a match the exemption and its reference.
 */
export function ScreeningForm({
  organizationSlug,
  sessionParticipantId,
  lists,
  today,
}: {
  organizationSlug: string;
  sessionParticipantId: string;
  lists: string[];
  today: string;
}) {
  const form = useAction((values) => recordScreeningAction(organizationSlug, values), {
    toast: "Screening recorded.",
  });
  const idPrefix = `screening-${sessionParticipantId}`;
  const field = (name: string) => ({ name, idPrefix, errors: form.errors(name) });
  const listErrors = form.errors("lists");
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <HiddenFields values={{ sessionParticipantId }} />
      <fieldset className="space-y-1" aria-describedby={`${idPrefix}-lists-error`}>
        <legend className="text-sm font-medium">Lists checked</legend>
        {lists.map((list) => (
          <label key={list} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="lists" value={list} defaultChecked className="size-4 accent-primary" />
            {list}
          </label>
        ))}
        <p id={`${idPrefix}-lists-error`} aria-live="polite" className="text-sm text-destructive">
          {listErrors?.join(" ")}
        </p>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Checked on" type="date" {...field("checkedOn")} defaultValue={today} required />
        <SelectField label="Result" {...field("result")} defaultValue="CLEAR">
          <Options labels={screeningResultLabels} />
        </SelectField>
        <SelectField label="Exemption" {...field("exemption")} defaultValue="NOT_NEEDED">
          <Options labels={exemptionStatusLabels} />
        </SelectField>
        <TextField label="Exemption reference" {...field("exemptionReference")} maxLength={200} />
        <TextField label="Note" {...field("note")} maxLength={2000} />
      </div>
      <FormFooter form={form} submit="Record screening" />
    </form>
  );
}
