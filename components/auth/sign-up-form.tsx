"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { signUpAction } from "@/lib/accounts/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/limits";

export function SignUpForm() {
  const router = useRouter();
  const form = useActionForm(
    async (values) => {
      const result = await signUpAction(values);
      if (result.ok) await signIn("credentials", { redirect: false, email: values.email, password: values.password });
      return result;
    },
    (result) => {
      if (result.ok) router.push(`/o/${result.data.organizationSlug}`);
    },
  );
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      <TextField label="Your name" name="name" autoComplete="name" errors={form.errors("name")} required />
      <TextField label="Email" name="email" type="email" autoComplete="email" errors={form.errors("email")} required />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        errors={form.errors("password")}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; common passwords are refused.`}
        required
      />
      <TextField label="Your organization" name="organizationName" errors={form.errors("organizationName")} required />
      <FormMessage message={form.message} />
      <Button disabled={form.pending}>{form.pending ? "Creating…" : "Create account and organization"}</Button>
    </form>
  );
}
