import { DialogueForm } from "@/components/dialogues/dialogue-form";
import { requireMember } from "@/lib/auth/guard";
import { listMembers } from "@/lib/members/data";
import { listTemplates } from "@/lib/readiness/reads";

export const metadata = { title: "New dialogue" };

export default async function NewDialoguePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const context = await requireMember(slug, "dialogue.manage");
  const [all, templates] = await Promise.all([listMembers(context), listTemplates(context)]);
  const members = all.filter((member) => member.status === "ACTIVE");
  // The latest version of each of the organization's templates (listed newest first).
  const latest = Object.fromEntries(
    templates
      .filter((template, index) => templates.findIndex((other) => other.name === template.name) === index)
      .map((template) => [
        template.id,
        `${template.name} (version ${template.version}, ${template.items.length} questions)`,
      ]),
  );
  return (
    <section className="space-y-4">
      <h2 className="text-lg font-semibold">New dialogue</h2>
      <p className="text-sm text-muted-foreground">
        It starts with the readiness checklist every convener must answer before meeting again: the built-in questions,
        or one of your organization's templates.
      </p>
      <DialogueForm
        organizationSlug={slug}
        members={members.map((member) => ({ id: member.id, name: member.user.name }))}
        templates={latest}
      />
    </section>
  );
}
