"use client";

import { TextField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { useAction } from "@/components/ui/use-action";
import { makeFormatCurrentAction, rejectFormatAction } from "@/lib/formats/actions";
import { formatStatusLabels } from "@/lib/labels";

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
  const form = useAction(
    (values) =>
      decision === "current"
        ? makeFormatCurrentAction(organizationSlug, values)
        : rejectFormatAction(organizationSlug, values),
    { toast: decision === "current" ? "Format made current." : "Format rejected." },
  );
  return (
    <form onSubmit={form.onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <HiddenFields values={{ formatId: format.id, version: format.version }} />
      <div className="min-w-64 flex-1">
        <TextField
          label={decision === "current" ? `Why make “${format.name}” current?` : `Why reject “${format.name}”?`}
          name="statusReason"
          idPrefix={`${decision}-${format.id}`}
          errors={form.errors("statusReason")}
        />
      </div>
      <FormFooter
        form={form}
        submit={decision === "current" ? "Make current" : "Reject"}
        variant={decision === "current" ? "primary" : "danger"}
        conflictLabels={{ name: "Name", status: "Status", venueCity: "City" }}
        conflictValues={{ status: formatStatusLabels }}
      />
    </form>
  );
}
