"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteDialogueAction } from "@/lib/dialogues/actions";

export function DeleteDialogueForm({
  organizationSlug,
  dialogue,
}: {
  organizationSlug: string;
  dialogue: { id: string; version: number; title: string };
}) {
  const router = useRouter();
  const form = useActionForm(
    (values) => deleteDialogueAction(organizationSlug, values),
    () => router.push(`/o/${organizationSlug}/dialogues`),
  );
  return (
    <form onSubmit={form.onSubmit} className="max-w-md space-y-3" noValidate>
      <input type="hidden" name="dialogueId" value={dialogue.id} />
      <input type="hidden" name="version" value={dialogue.version} />
      <TextField
        label={`Type “${dialogue.title}” to delete it and everything in it`}
        name="confirmTitle"
        errors={form.errors("confirmTitle")}
      />
      <FormMessage message={form.message} />
      <Button variant="danger" disabled={form.pending}>
        Delete dialogue
      </Button>
    </form>
  );
}
