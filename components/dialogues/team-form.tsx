"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
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
  const router = useRouter();
  const form = useActionForm(
    (values) => setDialogueTeamAction(organizationSlug, { ...values, memberIds: [values.memberIds ?? []].flat() }),
    () => router.refresh(),
  );
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" key={dialogue.version} noValidate>
      <input type="hidden" name="dialogueId" value={dialogue.id} />
      <input type="hidden" name="version" value={dialogue.version} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="restricted" defaultChecked={dialogue.restricted} />
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
      <FormMessage
        message={
          form.message ?? (form.conflict ? "Someone else changed this dialogue; reload to see their version." : null)
        }
      />
      <Button variant="secondary" disabled={form.pending}>
        Save team
      </Button>
    </form>
  );
}
