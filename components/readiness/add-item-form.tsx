"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { addChecklistItemAction } from "@/lib/readiness/actions";

export function AddItemForm({ organizationSlug, dialogueId }: { organizationSlug: string; dialogueId: string }) {
  const router = useRouter();
  const form = useActionForm(
    (values) => addChecklistItemAction(organizationSlug, { ...values, dialogueId }),
    () => router.refresh(),
  );
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
      <Button variant="secondary" disabled={form.pending}>
        Add question
      </Button>
      <FormMessage message={form.message} />
    </form>
  );
}
