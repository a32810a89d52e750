"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useAction } from "@/components/ui/use-action";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/limits";
import { acceptInviteAction } from "@/lib/invites/actions";

/** A new person accepts by creating their account, then is signed in with it. */
export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const router = useRouter();
  const form = useAction(
    async (values) => {
      const result = await acceptInviteAction({ ...values, token });
      if (result.ok) await signIn("credentials", { redirect: false, email, password: values.password });
      return result;
    },
    {
      onSuccess: (joined) => {
        router.push(`/o/${joined.organizationSlug}`);
        router.refresh();
      },
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
      <FormFooter form={form} submit="Create account and join" pendingLabel="Joining…" savedMessage={null} />
    </form>
  );
}
