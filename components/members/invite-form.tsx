"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { roleLabels, roles } from "@/lib/authz";
import { createInviteAction } from "@/lib/invites/actions";

export function InviteForm({ organizationSlug }: { organizationSlug: string }) {
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const form = useActionForm(
    (values) => createInviteAction(organizationSlug, values),
    (result) => {
      if (result.ok) setLink(`${window.location.origin}${result.data.path}`);
      router.refresh();
    },
  );
  return (
    <form onSubmit={form.onSubmit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate>
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
      <FormMessage message={form.message} />
      <Button disabled={form.pending}>Create invitation link</Button>
      {link ? (
        <div className="space-y-1 text-sm">
          <p>Send this single-use link to the person you invited. It expires in 7 days and is shown only once.</p>
          <input
            aria-label="Invitation link"
            readOnly
            value={link}
            className="w-full rounded border border-slate-300 px-2 py-1 font-mono text-xs"
          />
        </div>
      ) : null}
    </form>
  );
}
