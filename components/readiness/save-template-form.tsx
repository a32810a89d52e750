"use client";

import { DialoguePicker } from "@/components/dialogues/dialogue-picker";
import { TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useAction } from "@/components/ui/use-action";
import { saveTemplateAction } from "@/lib/readiness/actions";

/** Saves a dialogue's checklist, as it stands, as the next version of a named template. */
export function SaveTemplateForm({
  organizationSlug,
  names,
}: {
  organizationSlug: string;
  /** The templates kept so far, offered as names to save a new version under. */
  names: string[];
}) {
  const form = useAction((values) => saveTemplateAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: (saved) => `Saved as ${saved.name}, version ${saved.version}.`,
  });
  const field = (name: string) => ({ name, idPrefix: "template", errors: form.errors(name) });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate aria-label="Save a checklist as a template">
      <div className="grid gap-3 sm:grid-cols-2">
        <DialoguePicker
          organizationSlug={organizationSlug}
          label="Checklist of the dialogue"
          {...field("dialogueId")}
        />
        <TextField
          label="Template name"
          {...field("name")}
          maxLength={120}
          list="template-names"
          hint="An existing name saves its next version."
        />
        <datalist id="template-names">
          {names.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <FormFooter form={form} submit="Save as template" variant="secondary" />
    </form>
  );
}
