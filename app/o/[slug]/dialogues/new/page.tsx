import { DialogueForm } from "@/components/dialogues/dialogue-form";
import { requireMember } from "@/lib/auth/guard";
import { listMembers } from "@/lib/members/data";

export const metadata = { title: "New dialogue" };

export default async function NewDialoguePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const context = await requireMember(slug, "dialogue.manage");
  const members = (await listMembers(context)).filter((member) => member.status === "ACTIVE");
  return (
    <section className="space-y-4">
      <h2 className="text-lg font-semibold">New dialogue</h2>
      <p className="text-sm text-muted-foreground">
        It starts with the readiness checklist every convener must answer before meeting again.
      </p>
      <DialogueForm
        organizationSlug={slug}
        members={members.map((member) => ({ id: member.id, name: member.user.name }))}
      />
    </section>
  );
}
