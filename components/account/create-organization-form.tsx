"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { createOrganizationAction } from "@/lib/accounts/actions";

export function CreateOrganizationForm() {
  const router = useRouter();
  const form = useActionForm(createOrganizationAction, (result) => {
    if (result.ok) router.push(`/o/${result.data.organizationSlug}`);
  });
  return (
    <form onSubmit={form.onSubmit} className="flex max-w-md items-end gap-2" noValidate>
      <div className="flex-1">
        <TextField label="New organization" name="name" errors={form.errors("name")} />
      </div>
      <Button disabled={form.pending}>Create</Button>
      <FormMessage message={form.message} />
    </form>
  );
}
