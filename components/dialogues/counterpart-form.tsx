"use client";

import { ActionButton } from "@/components/ui/action-button";
import { SelectField } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { Options } from "@/components/ui/options";
import { useAction } from "@/components/ui/use-action";
import { linkCounterpartAction, unlinkCounterpartAction } from "@/lib/dialogues/actions";

/** Links the dialogue to one more counterpart institution. */
export function CounterpartForm({
  organizationSlug,
  dialogueId,
  institutions,
}: {
  organizationSlug: string;
  dialogueId: string;
  institutions: Record<string, string>;
}) {
  const form = useAction((values) => linkCounterpartAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: "Counterpart institution linked.",
  });
  return (
    <form onSubmit={form.onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <HiddenFields values={{ dialogueId }} />
      <div className="min-w-64 flex-1">
        <SelectField
          label="Counterpart institution"
          name="institutionId"
          idPrefix="counterpart"
          errors={form.errors("institutionId")}
          required
        >
          <Options labels={institutions} empty="Choose…" />
        </SelectField>
      </div>
      <FormFooter form={form} submit="Link" />
    </form>
  );
}

/** Unlinks one counterpart institution from the dialogue. */
export function UnlinkCounterpartButton({
  organizationSlug,
  dialogueId,
  institution,
}: {
  organizationSlug: string;
  dialogueId: string;
  institution: { id: string; name: string };
}) {
  return (
    <ActionButton
      action={() => unlinkCounterpartAction(organizationSlug, { dialogueId, institutionId: institution.id })}
      label={`Unlink ${institution.name}`}
      variant="ghost"
      size="sm"
      toast="Counterpart institution unlinked."
    >
      Unlink
    </ActionButton>
  );
}
