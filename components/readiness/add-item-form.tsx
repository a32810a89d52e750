"use client";

import { TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useAction } from "@/components/ui/use-action";
import { addChecklistItemAction } from "@/lib/readiness/actions";

export function AddItemForm({ organizationSlug, dialogueId }: { organizationSlug: string; dialogueId: string }) {
  const form = useAction((values) => addChecklistItemAction(organizationSlug, { ...values, dialogueId }), {
    resetOnSuccess: true,
  });
  return (
    <form onSubmit={form.onSubmit} className="grid items-end gap-2 sm:grid-cols-[1fr_8rem_auto]" noValidate>
      <TextField label="Your own question" name="question" idPrefix="new-item" errors={form.errors("question")} />
      <TextField
        label="Weight"
        name="weight"
        type="number"
        idPrefix="new-item"
        defaultValue="1"
        errors={form.errors("weight")}
      />
      <FormFooter form={form} submit="Add question" variant="secondary" savedMessage="Added." />
    </form>
  );
}
