"use client";

import { useState } from "react";
import { InstitutionPicker } from "@/components/interlocutors/institution-picker";
import { ActionButton } from "@/components/ui/action-button";
import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { useAction } from "@/components/ui/use-action";
import { linkCounterpartAction, unlinkCounterpartAction } from "@/lib/dialogues/actions";

/** Links the dialogue to one more counterpart institution. */
export function CounterpartForm({ organizationSlug, dialogueId }: { organizationSlug: string; dialogueId: string }) {
  // Bumped after each success, so the picker starts empty again.
  const [round, setRound] = useState(0);
  const form = useAction((values) => linkCounterpartAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: "Counterpart institution linked.",
    onSuccess: () => setRound((value) => value + 1),
  });
  return (
    <form onSubmit={form.onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <HiddenFields values={{ dialogueId }} />
      <div className="min-w-64 flex-1">
        <InstitutionPicker
          key={round}
          organizationSlug={organizationSlug}
          label="Counterpart institution"
          name="institutionId"
          idPrefix="counterpart"
          errors={form.errors("institutionId")}
        />
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
