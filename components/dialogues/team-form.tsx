"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { useAction } from "@/components/ui/use-action";
import { setDialogueTeamAction } from "@/lib/dialogues/actions";

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
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-primary"
          name="restricted"
          defaultChecked={dialogue.restricted}
        />
        Restrict to its team: only they (and owners) can see that this dialogue exists
      </label>
      <fieldset className="grid gap-1 text-sm sm:grid-cols-2">
        <legend className="mb-1 font-medium">Team</legend>
        {members.map((member) => (
          <label key={member.id} className="flex items-center gap-2">
            <input
              type="checkbox"
              name="memberIds"
              value={member.id}
              data-list
              defaultChecked={dialogue.team.includes(member.id)}
            />
            {member.name}
          </label>
        ))}
      </fieldset>
      <FormFooter form={form} submit="Save team" variant="secondary" conflictLabels={{ restricted: "Restricted" }} />
    </form>
  );
}
