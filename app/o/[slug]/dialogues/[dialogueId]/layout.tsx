import Link from "next/link";
import type { ReactNode } from "react";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { attributionRuleLabels, dialogueStatusLabels, trackLabels } from "@/lib/labels";

const tabs = [
  ["", "Overview"],
  ["/readiness", "Readiness"],
  ["/formats", "Formats"],
  ["/themes", "Themes"],
  ["/sessions", "Sessions"],
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
  const { dialogue } = await requireDialogue(slug, dialogueId);
  const base = `/o/${slug}/dialogues/${dialogue.id}`;
  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-xl font-semibold">{dialogue.title}</h2>
        <p className="text-sm text-slate-600">
          {dialogue.counterpart} · {trackLabels[dialogue.track]} · {dialogueStatusLabels[dialogue.status]} ·{" "}
          {attributionRuleLabels[dialogue.attributionRule]}
          {dialogue.restricted ? " · restricted to its team" : ""}
        </p>
      </div>
      <nav aria-label="Dialogue" className="flex flex-wrap gap-4 border-b border-slate-200 pb-2 text-sm">
        {tabs.map(([path, label]) => (
          <Link key={label} href={`${base}${path}`} className="text-slate-700 hover:underline">
            {label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
