"use client";

import { TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { signUpAction } from "@/lib/accounts/actions";
import { PasswordField } from "./password-field";
import { useJoin } from "./use-join";

export function SignUpForm() {
  const form = useJoin(signUpAction, (values) => String(values.email ?? ""));
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <TextField label="Your name" name="name" autoComplete="name" errors={form.errors("name")} required />
      <TextField label="Email" name="email" type="email" autoComplete="email" errors={form.errors("email")} required />
      <PasswordField label="Password" name="password" purpose="new" errors={form.errors("password")} />
      <TextField label="Your organization" name="organizationName" errors={form.errors("organizationName")} required />
      <FormFooter form={form} submit="Create account and organization" pendingLabel="Creating…" />
    </form>
  );
}
