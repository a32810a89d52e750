import { DeleteDialogueForm } from "@/components/dialogues/delete-dialogue-form";
import { DialogueForm } from "@/components/dialogues/dialogue-form";
import { TeamForm } from "@/components/dialogues/team-form";
import { can } from "@/lib/authz";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { listMembers } from "@/lib/members/data";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export default async function DialogueOverviewPage({
  params,
}: {
  params: Promise<{ slug: string; dialogueId: string }>;
}) {
  const { slug, dialogueId } = await params;
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const manages = can(context.role, "dialogue.manage");
  const members = manages ? await listMembers(context) : [];
  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h3 className="font-semibold">Overview</h3>
        <DialogueForm
          organizationSlug={slug}
          readOnly={!can(context.role, "record.edit")}
          dialogue={{
            ...dialogue,
            targetWindowStart: day(dialogue.targetWindowStart),
            targetWindowEnd: day(dialogue.targetWindowEnd),
          }}
        />
      </section>
      {manages ? (
        <>
          <section className="space-y-3">
            <h3 className="font-semibold">Need to know</h3>
            <TeamForm
              organizationSlug={slug}
              dialogue={{
                id: dialogue.id,
                version: dialogue.version,
                restricted: dialogue.restricted,
                team: dialogue.team.map((row) => row.memberId),
              }}
              members={members
                .filter((member) => member.status === "ACTIVE")
                .map((member) => ({ id: member.id, name: member.user.name }))}
            />
          </section>
          <section className="space-y-3">
            <h3 className="font-semibold text-destructive">Delete</h3>
            <DeleteDialogueForm organizationSlug={slug} dialogue={dialogue} />
          </section>
        </>
      ) : null}
    </div>
  );
}
