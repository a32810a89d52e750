"use client";

import { TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useAction } from "@/components/ui/use-action";
import { addChecklistItemAction } from "@/lib/readiness/actions";

export function AddItemForm({
  organizationSlug,
  dialogueId,
  onAdded,
}: {
  organizationSlug: string;
  dialogueId: string;
  onAdded?: () => void;
}) {
  const form = useAction((values) => addChecklistItemAction(organizationSlug, { ...values, dialogueId }), {
    resetOnSuccess: true,
    toast: "Question added.",
    onSuccess: () => onAdded?.(),
  });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <TextAreaField
        label="Question"
        name="question"
        idPrefix="new-item"
        rows={2}
        maxLength={500}
        required
        errors={form.errors("question")}
      />
      <TextField
        label="Weight"
        name="weight"
        type="number"
        idPrefix="new-item"
        defaultValue="1"
        min={0}
        max={10}
        errors={form.errors("weight")}
      />
      <FormFooter form={form} submit="Add question" />
    </form>
  );
}
