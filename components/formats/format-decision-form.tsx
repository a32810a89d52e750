"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { makeFormatCurrentAction, rejectFormatAction } from "@/lib/formats/actions";

/** Make an option current, or reject it; either way with the reason, which is kept. */
export function FormatDecisionForm({
  organizationSlug,
  format,
  decision,
}: {
  organizationSlug: string;
  format: { id: string; version: number; name: string };
  decision: "current" | "reject";
}) {
  const router = useRouter();
  const form = useActionForm(
    (values) =>
      decision === "current"
        ? makeFormatCurrentAction(organizationSlug, values)
        : rejectFormatAction(organizationSlug, values),
    () => router.refresh(),
  );
  return (
    <form onSubmit={form.onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="formatId" value={format.id} />
      <input type="hidden" name="version" value={format.version} />
      <div className="min-w-64 flex-1">
        <TextField
          label={decision === "current" ? `Why make “${format.name}” current?` : `Why reject “${format.name}”?`}
          name="reason"
          idPrefix={`${decision}-${format.id}`}
          errors={form.errors("reason")}
        />
      </div>
      <Button variant={decision === "current" ? "primary" : "danger"} disabled={form.pending}>
        {decision === "current" ? "Make current" : "Reject"}
      </Button>
      <FormMessage message={form.message} />
    </form>
  );
}
