"use client";

import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useEntityForm } from "@/components/ui/use-entity-form";
import type { FieldRules } from "@/lib/form-rules";
import { addInterlocutorAction, updateInterlocutorAction } from "@/lib/interlocutors/actions";
import { interlocutorCategoryLabels } from "@/lib/interlocutors/labels";

export type InterlocutorValues = {
  id: string;
  version: number;
  name: string;
  originalName: string;
  alternateSpellings: string[];
  category: string;
  nationality: string;
  languages: string[];
  tags: string[];
  notes: string;
  lawfulBasis: string;
  /** YYYY-MM-DD, or "". */
  reviewBy: string;
};

const conflictLabels = {
  name: "Name",
  originalName: "Original script",
  category: "Category",
  nationality: "Nationality",
};

/**
 * A new interlocutor, or `interlocutor`'s details. A new name that closely matches someone already
 * recorded is refused with the possible duplicates named; the form then asks whether this is
 * someone else before saving.
 */
export function InterlocutorForm({
  organizationSlug,
  rules,
  interlocutor,
}: {
  organizationSlug: string;
  rules?: FieldRules;
  interlocutor?: InterlocutorValues;
}) {
  const { form, field } = useEntityForm({
    rules,
    kind: "interlocutor",
    entity: interlocutor,
    add: (values) => addInterlocutorAction(organizationSlug, values),
    update: (values) => updateInterlocutorAction(organizationSlug, values),
  });
  const list = (name: "alternateSpellings" | "languages" | "tags", separator: string) => ({
    ...field(name),
    defaultValue: interlocutor?.[name].join(separator),
  });
  const duplicate = form.result?.ok === false && form.result.reason === "POSSIBLE_DUPLICATE";
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate key={interlocutor?.version}>
      {interlocutor ? (
        <HiddenFields values={{ interlocutorId: interlocutor.id, version: interlocutor.version }} />
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Name (Latin script)" {...field("name")} />
        <TextField label="Name in the original script" {...field("originalName")} placeholder="e.g. 리하늘" />
        <SelectField
          label="Category"
          {...field("category")}
          defaultValue={interlocutor?.category ?? "COUNTERPART_OFFICIAL"}
        >
          <Options labels={interlocutorCategoryLabels} />
        </SelectField>
        <TextField label="Nationality" {...field("nationality")} />
        <TextField label="Languages (comma-separated)" {...list("languages", ", ")} />
        <TextField label="Tags (comma-separated)" {...list("tags", ", ")} />
      </div>
      <TextAreaField
        label="Other spellings (one per line)"
        {...list("alternateSpellings", "\n")}
        hint="Korean names written in Hangul get their Revised Romanization and McCune–Reischauer spellings on their own."
      />
      <TextAreaField label="Notes" {...field("notes")} />
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <TextField
          label="Lawful basis for holding this record"
          {...field("lawfulBasis")}
          placeholder="e.g. legitimate interest: a counterpart in an active dialogue"
        />
        <TextField label="Review the record by" type="date" {...field("reviewBy")} />
      </div>
      {duplicate ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="confirmNew" className="size-4 accent-primary" />
          This is a different person: save anyway
        </label>
      ) : null}
      <FormFooter
        form={form}
        conflictLabels={conflictLabels}
        conflictValues={{ category: interlocutorCategoryLabels }}
        submit={interlocutor ? "Save details" : "Add interlocutor"}
      />
    </form>
  );
}
