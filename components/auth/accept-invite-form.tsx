"use client";

import { TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { acceptInviteAction } from "@/lib/invites/actions";
import { PasswordField } from "./password-field";
import { useJoin } from "./use-join";

/** A new person accepts by creating their account, then is signed in with it. */
export function AcceptInviteForm({ token, email }: { token: string; email: string }) {
  const form = useJoin(
    (values) => acceptInviteAction({ ...values, token }),
    () => email,
  );
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <TextField label="Your name" name="name" autoComplete="name" errors={form.errors("name")} required />
      <PasswordField label="Choose a password" name="password" purpose="new" errors={form.errors("password")} />
      <FormFooter form={form} submit="Create account and join" pendingLabel="Joining…" />
    </form>
  );
}
