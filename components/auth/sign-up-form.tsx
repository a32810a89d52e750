"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useAction } from "@/components/ui/use-action";
import { signUpAction } from "@/lib/accounts/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/limits";

export function SignUpForm() {
  const router = useRouter();
  const form = useAction(
    async (values) => {
      const result = await signUpAction(values);
      if (result.ok) await signIn("credentials", { redirect: false, email: values.email, password: values.password });
      return result;
    },
    {
      onSuccess: (created) => {
        router.push(`/o/${created.organizationSlug}`);
        // The header is rendered on the server: fetch it again now that there is a session.
        router.refresh();
      },
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
        hint={`At least ${MIN_PASSWORD_LENGTH} characters; passwords that are easy to guess are refused.`}
        required
      />
      <TextField label="Your organization" name="organizationName" errors={form.errors("organizationName")} required />
      <FormFooter form={form} submit="Create account and organization" pendingLabel="Creating…" savedMessage={null} />
    </form>
  );
}
