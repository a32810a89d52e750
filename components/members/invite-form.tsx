"use client";

import { useState } from "react";
import { SelectField, TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { useAction } from "@/components/ui/use-action";
import { roleLabels, roles } from "@/lib/authz";
import { createInviteAction } from "@/lib/invites/actions";

export function InviteForm({ organizationSlug }: { organizationSlug: string }) {
  const [link, setLink] = useState<string | null>(null);
  const form = useAction((values) => createInviteAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: "Invitation link created.",
    onSuccess: (invite) => setLink(`${window.location.origin}${invite.path}`),
  });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3 rounded-lg border border-border bg-card p-4" noValidate>
      <h3 className="font-medium">Invite someone</h3>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Email" name="email" type="email" errors={form.errors("email")} required />
        <SelectField label="Role" name="role" defaultValue="CONTRIBUTOR" errors={form.errors("role")}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </SelectField>
      </div>
      <FormFooter form={form} submit="Create invitation link" />
      {link ? (
        <div className="space-y-1 text-sm">
          <p>Send this single-use link to the person you invited. It expires in 7 days and is shown only once.</p>
          <input
            aria-label="Invitation link"
            readOnly
            value={link}
            className="w-full rounded border border-input px-2 py-1 font-mono text-xs"
          />
        </div>
      ) : null}
    </form>
  );
}
