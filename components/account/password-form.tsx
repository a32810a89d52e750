"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { changePasswordAction } from "@/lib/accounts/actions";

/** A new password ends every session, this one included, so success leads to the sign-in page. */
export function PasswordForm() {
  const router = useRouter();
  const form = useActionForm(changePasswordAction, () => router.push("/signin?callbackUrl=/account"));
  return (
    <form onSubmit={form.onSubmit} className="max-w-sm space-y-3" noValidate>
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        errors={form.errors("currentPassword")}
      />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        errors={form.errors("newPassword")}
      />
      <FormMessage message={form.message} />
      <Button disabled={form.pending}>Change password</Button>
    </form>
  );
}
