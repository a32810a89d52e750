"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/limits";
import { acceptInviteAction } from "@/lib/invites/actions";

/** A new person accepts by creating their account, then is signed in with it. */
export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const form = useActionForm(
    async (values) => {
      const result = await acceptInviteAction({ ...values, token });
      if (result.ok) await signIn("credentials", { redirect: false, email, password: values.password });
      return result;
    },
    (result) => {
      if (result.ok) router.push(`/o/${result.data.organizationSlug}`);
    },
  );
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <TextField label="Your name" name="name" autoComplete="name" errors={form.errors("name")} required />
      <TextField
        label="Choose a password"
        name="password"
        type="password"
        autoComplete="new-password"
        errors={form.errors("password")}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; passwords that are easy to guess are refused.`}
        required
      />
      <FormMessage message={form.message} />
      <Button disabled={form.pending}>Create account and join</Button>
    </form>
  );
}
