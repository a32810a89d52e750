"use client";

import { TextAreaField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Link } from "@/components/ui/link";
import { useAction } from "@/components/ui/use-action";
import { updateOrganizationAction } from "@/lib/organizations/actions";

type Settings = { name: string; requireTwoFactor: boolean; screeningLists: string[]; version: number };

export function SettingsForm({ organizationSlug, settings }: { organizationSlug: string; settings: Settings }) {
  const form = useAction(
    (values) =>
      updateOrganizationAction(organizationSlug, { ...values, requireTwoFactor: values.requireTwoFactor === "on" }),
    { toast: "Settings saved." },
  );
  const twoFactorErrors = form.errors("requireTwoFactor");
  return (
    <form onSubmit={form.onSubmit} className="max-w-md space-y-4" noValidate key={settings.version}>
      <HiddenFields values={{ version: settings.version }} />
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
          <p id="field-requireTwoFactor-error" className="text-sm text-destructive">
            {twoFactorErrors.join(" ")}{" "}
            <Link href="/account" className="underline">
              Set up two-factor sign-in
            </Link>
          </p>
        ) : null}
      </div>
      <TextAreaField
        label="Screening lists (one per line)"
        name="screeningLists"
        defaultValue={settings.screeningLists.join("\n")}
        errors={form.errors("screeningLists")}
        rows={4}
        hint="Every participant of a session must be screened against each of these before it can be confirmed."
      />
      <FormFooter
        form={form}
        submit="Save settings"
        conflictLabels={{ name: "Name", requireTwoFactor: "Two-factor required" }}
      />
    </form>
  );
}
