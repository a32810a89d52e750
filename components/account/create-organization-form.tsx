"use client";

import { useRouter } from "next/navigation";
import { TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useAction } from "@/components/ui/use-action";
import { createOrganizationAction } from "@/lib/accounts/actions";

export function CreateOrganizationForm() {
  const router = useRouter();
  const form = useAction(createOrganizationAction, {
    toast: "Organization created.",
    onSuccess: (created) => router.push(`/o/${created.organizationSlug}`),
  });
  return (
    <form onSubmit={form.onSubmit} className="max-w-md space-y-2" noValidate>
      <TextField label="New organization" name="name" errors={form.errors("name")} />
      <FormFooter form={form} submit="Create" pendingLabel="Creating…" />
    </form>
  );
}
