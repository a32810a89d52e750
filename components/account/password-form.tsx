"use client";

import { useRouter } from "next/navigation";
import { PasswordField } from "@/components/auth/password-field";
import { FormFooter } from "@/components/ui/form-footer";
import { useAction } from "@/components/ui/use-action";
import { changePasswordAction } from "@/lib/accounts/actions";

/** A new password ends every sign-in, this one included, so success leads to the sign-in page. */
export function PasswordForm() {
  const router = useRouter();
  const form = useAction(changePasswordAction, {
    toast: "Password changed. Sign in with the new one.",
    onSuccess: () => router.push("/signin?callbackUrl=/account"),
  });
  return (
    <form onSubmit={form.onSubmit} className="max-w-sm space-y-3" noValidate>
      <PasswordField
        label="Current password"
        name="currentPassword"
        purpose="current"
        errors={form.errors("currentPassword")}
      />
      <PasswordField label="New password" name="newPassword" purpose="new" errors={form.errors("newPassword")} />
      <FormFooter form={form} submit="Change password" />
    </form>
  );
}
