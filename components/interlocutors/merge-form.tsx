"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { useAction } from "@/components/ui/use-action";
import { mergeInterlocutorsAction } from "@/lib/interlocutors/actions";
import { PersonPicker } from "./person-picker";

/** Merges a duplicate record into this one: everything it holds moves here, and its links lead here. */
export function MergeForm({
  organizationSlug,
  interlocutorId,
  version,
  name,
}: {
  organizationSlug: string;
  interlocutorId: string;
  version: number;
  name: string;
}) {
  const form = useAction((values) => mergeInterlocutorsAction(organizationSlug, values), {
    resetOnSuccess: true,
    toast: `Merged into ${name}.`,
  });
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      <HiddenFields values={{ interlocutorId, version: String(version) }} />
      <p className="text-sm text-muted-foreground">
        The duplicate’s spellings, posts, changes, participations, logistics and screenings move to {name}; its name
        becomes another spelling, and links to it lead here. Where both took part in one dialogue, the stricter consent
        to being named stays. This cannot be undone.
      </p>
      <PersonPicker
        organizationSlug={organizationSlug}
        name="duplicateId"
        label="Duplicate to merge in"
        idPrefix="merge"
        errors={form.errors("duplicateId")}
        exclude={interlocutorId}
      />
      <FormFooter form={form} submit="Merge into this record" pendingLabel="Merging…" variant="danger" />
    </form>
  );
}
