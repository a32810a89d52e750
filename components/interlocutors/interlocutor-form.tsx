"use client";

import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import type { FieldRules } from "@/lib/form-rules";
import { addInterlocutorAction } from "@/lib/interlocutors/actions";
import { interlocutorCategoryLabels } from "@/lib/labels";

/**
 * A new interlocutor. A name that closely matches someone already recorded is refused with the
 * possible duplicates named; the form then asks whether this is someone else before saving.
 */
export function InterlocutorForm({ organizationSlug, rules }: { organizationSlug: string; rules?: FieldRules }) {
  const form = useAction((values) => addInterlocutorAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: "Interlocutor added.",
  });
  const field = (name: string) => ({ name, idPrefix: "new-interlocutor", errors: form.errors(name), ...rules?.[name] });
  const duplicate = form.result?.ok === false && form.result.reason === "POSSIBLE_DUPLICATE";
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Name (Latin script)" {...field("name")} />
        <TextField label="Name in the original script" {...field("originalName")} placeholder="e.g. 리하늘" />
        <SelectField label="Category" {...field("category")} defaultValue="COUNTERPART_OFFICIAL">
          <Options labels={interlocutorCategoryLabels} />
        </SelectField>
        <TextField label="Nationality" {...field("nationality")} />
        <TextField label="Languages (comma-separated)" {...field("languages")} />
        <TextField label="Tags (comma-separated)" {...field("tags")} />
      </div>
      <TextAreaField
        label="Other spellings (one per line)"
        {...field("alternateSpellings")}
        hint="Korean names written in Hangul get their Revised Romanization and McCune–Reischauer spellings on their own."
      />
      <TextAreaField label="Notes" {...field("notes")} />
      {duplicate ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="confirmNew" className="size-4 accent-primary" />
          This is a different person: save anyway
        </label>
      ) : null}
      <FormFooter form={form} submit="Add interlocutor" />
    </form>
  );
}
