"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/limits";
import { acceptInviteAction } from "@/lib/invites/actions";

export function AcceptInviteForm({ token, email, hasAccount }: { token: string; email: string; hasAccount: boolean }) {
  const router = useRouter();
  const form = useActionForm(
    async (values) => {
      const result = await acceptInviteAction({ ...values, token });
      if (result.ok) await signIn("credentials", { redirect: false, email, password: values.password });
      return result;
    },
    (result) => {
      if (result.ok && "data" in result) router.push(`/o/${result.data.organizationSlug}`);
    },
  );
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      {hasAccount ? null : (
        <TextField label="Your name" name="name" autoComplete="name" errors={form.errors("name")} required />
      )}
      <TextField
        label={hasAccount ? "Your password" : "Choose a password"}
        name="password"
        type="password"
        autoComplete={hasAccount ? "current-password" : "new-password"}
        errors={form.errors("password")}
        hint={hasAccount ? undefined : `At least ${MIN_PASSWORD_LENGTH} characters; common passwords are refused.`}
        required
      />
      <FormMessage message={form.message} />
      <Button disabled={form.pending}>{hasAccount ? "Join with my account" : "Create account and join"}</Button>
    </form>
  );
}
