"use client";

import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { addReadoutAction } from "@/lib/outcomes/actions";
import { readoutModeLabels } from "@/lib/outcomes/labels";

/** A Track 1 readout: which ministry or unit was briefed, when, by whom, how, and how they took it. */
export function ReadoutForm({
  organizationSlug,
  sessionId,
  today,
}: {
  organizationSlug: string;
  sessionId: string;
  today: string;
}) {
  const form = useAction((values) => addReadoutAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: "Readout recorded.",
  });
  const field = (name: string) => ({ name, idPrefix: "new-readout", errors: form.errors(name) });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate aria-label="Record a readout">
      <HiddenFields values={{ sessionId }} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Ministry or unit briefed" {...field("unit")} maxLength={300} required />
        <TextField label="Briefed by" {...field("briefedBy")} maxLength={200} required />
        <TextField label="Briefed on" type="date" {...field("briefedOn")} defaultValue={today} max={today} required />
        <SelectField label="How" {...field("mode")} defaultValue="MEETING">
          <Options labels={readoutModeLabels} />
        </SelectField>
      </div>
      <TextAreaField label="Their reaction" {...field("reaction")} rows={2} />
      <FormFooter form={form} submit="Record readout" variant="secondary" />
    </form>
  );
}
