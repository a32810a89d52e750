"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { useAction } from "@/components/ui/use-action";
import { setDialogueTeamAction } from "@/lib/dialogues/actions";
import { TeamFields } from "./team-fields";

export function TeamForm({
  organizationSlug,
  dialogue,
  members,
}: {
  organizationSlug: string;
  dialogue: { id: string; version: number; restricted: boolean; team: string[] };
  members: { id: string; name: string }[];
}) {
  const form = useAction(
    (values) => setDialogueTeamAction(organizationSlug, { ...values, memberIds: [values.memberIds ?? []].flat() }),
    { toast: "Team saved." },
  );
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" key={dialogue.version} noValidate>
      <HiddenFields values={{ dialogueId: dialogue.id, version: dialogue.version }} />
      <TeamFields
        members={members}
        restricted={dialogue.restricted}
        team={dialogue.team}
        errors={form.errors("memberIds")}
      />
      <FormFooter form={form} submit="Save team" variant="secondary" conflictLabels={{ restricted: "Restricted" }} />
    </form>
  );
}
