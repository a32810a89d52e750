"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { signInWithCredentials } from "./sign-in-request";

/** Signs in with next-auth's credentials provider; asks for a code when the account has two-factor on. */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await signInWithCredentials({
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        code: String(form.get("code") ?? ""),
      });
      if (result.ok) {
        router.push(callbackUrl);
        router.refresh();
        return;
      }
      if (result.error === "TWO_FACTOR_REQUIRED") {
        setNeedsCode(true);
        setError("Enter the code from your authenticator app, or a recovery code.");
        return;
      }
      setError(
        result.error && result.error !== "CredentialsSignin" ? result.error : "The email or password is incorrect.",
      );
    });
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <TextField label="Email" name="email" type="email" autoComplete="email" required />
      <TextField label="Password" name="password" type="password" autoComplete="current-password" required />
      {needsCode ? (
        <TextField
          label="Authentication code"
          name="code"
          autoComplete="one-time-code"
          inputMode="text"
          autoFocus
          required
        />
      ) : null}
      <FormMessage message={error} />
      <Button disabled={pending} aria-busy={pending || undefined}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
