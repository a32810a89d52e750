import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Tabs } from "@/components/ui/tabs";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { attributionRuleLabels, dialogueStatusLabels, trackLabels } from "@/lib/labels";

const tabs = [
  ["", "Overview"],
  ["/readiness", "Readiness"],
  ["/formats", "Formats"],
  ["/themes", "Themes"],
  ["/sessions", "Sessions"],
  ["/participants", "Participants"],
  ["/conditions", "Conditions"],
  ["/history", "History"],
] as const;

export default async function DialogueLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string; dialogueId: string }>;
}) {
  const { slug, dialogueId } = await params;
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const base = `/o/${slug}/dialogues/${dialogue.id}`;
  const pages = tabs.map(([path, label]) => ({ href: `${base}${path}`, label }));
  return (
    <div className="space-y-4">
      <Breadcrumbs
        trail={[
          { href: `/o/${slug}`, label: context.organizationName },
          { href: `/o/${slug}/dialogues`, label: "Dialogues" },
          { href: base, label: dialogue.title },
        ]}
        pages={pages}
      />
      <div>
        <h2 className="text-xl font-semibold">{dialogue.title}</h2>
        <p className="text-sm text-muted-foreground">
          {dialogue.counterpart} · {trackLabels[dialogue.track]} · {dialogueStatusLabels[dialogue.status]} ·{" "}
          {attributionRuleLabels[dialogue.attributionRule]}
          {dialogue.restricted ? " · restricted to its team" : ""}
        </p>
      </div>
      <Tabs label="Dialogue" links={pages} />
      {children}
    </div>
  );
}
