"use client";

import { useRouter } from "next/navigation";
import { TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { useAction } from "@/components/ui/use-action";
import { deleteDialogueAction } from "@/lib/dialogues/actions";
import { dialogueStatusLabels } from "@/lib/labels";

export function DeleteDialogueForm({
  organizationSlug,
  dialogue,
}: {
  organizationSlug: string;
  dialogue: { id: string; version: number; title: string };
}) {
  const router = useRouter();
  const form = useAction((values) => deleteDialogueAction(organizationSlug, values), {
    toast: "Dialogue deleted.",
    onSuccess: () => router.push(`/o/${organizationSlug}/dialogues`),
  });
  return (
    <form onSubmit={form.onSubmit} className="max-w-md space-y-3" noValidate>
      <HiddenFields values={{ dialogueId: dialogue.id, version: dialogue.version }} />
      <TextField
        label={`Type “${dialogue.title}” to delete it and everything in it`}
        name="confirmTitle"
        errors={form.errors("confirmTitle")}
      />
      <FormFooter
        form={form}
        submit="Delete dialogue"
        variant="danger"
        conflictLabels={{ title: "Title", status: "Status", counterpart: "Counterpart" }}
        conflictValues={{ status: dialogueStatusLabels }}
      />
    </form>
  );
}
