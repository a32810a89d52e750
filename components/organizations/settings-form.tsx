"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { updateOrganizationAction } from "@/lib/organizations/actions";

type Settings = { name: string; requireTwoFactor: boolean; version: number };

export function SettingsForm({ organizationSlug, settings }: { organizationSlug: string; settings: Settings }) {
  const router = useRouter();
  const form = useActionForm(
    (values) =>
      updateOrganizationAction(organizationSlug, { ...values, requireTwoFactor: values.requireTwoFactor === "on" }),
    () => router.refresh(),
  );
  const conflict =
    form.result && !form.result.ok && "current" in form.result ? (form.result.current as Settings) : null;
  const twoFactorErrors = form.errors("requireTwoFactor");
  return (
    <form onSubmit={form.onSubmit} className="max-w-md space-y-4" noValidate key={settings.version}>
      <input type="hidden" name="version" value={conflict?.version ?? settings.version} />
      <TextField label="Name" name="name" defaultValue={settings.name} errors={form.errors("name")} required />
      <div className="space-y-1">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            name="requireTwoFactor"
            defaultChecked={settings.requireTwoFactor}
            aria-describedby={twoFactorErrors ? "field-requireTwoFactor-error" : undefined}
          />
          Require two-factor sign-in for every member
        </label>
        {twoFactorErrors ? (
          <p id="field-requireTwoFactor-error" className="text-sm text-red-700">
            {twoFactorErrors.join(" ")}{" "}
            <Link href="/account" className="underline">
              Set up two-factor sign-in
            </Link>
          </p>
        ) : null}
      </div>
      {conflict ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p>
            Someone else saved first: the name is now <strong>{conflict.name}</strong>, two-factor is{" "}
            {conflict.requireTwoFactor ? "required" : "not required"}. Your values are still in the form; save again to
            apply them over theirs.
          </p>
        </div>
      ) : (
        <FormMessage message={form.message} />
      )}
      {form.result?.ok ? <FormMessage tone="success" message="Saved." /> : null}
      <Button disabled={form.pending}>Save settings</Button>
    </form>
  );
}
