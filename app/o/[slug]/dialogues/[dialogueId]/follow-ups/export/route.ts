import { csvExport } from "@/lib/csv";
import { getDialogue } from "@/lib/dialogues/reads";
import { exportContext, notFound, stamp } from "@/lib/exports";
import { followUpStatusLabels } from "@/lib/outcomes/labels";
import { listOpenFollowUps } from "@/lib/outcomes/reads";
import { participantSideLabels } from "@/lib/participants/labels";

/** A dialogue's open follow-up commitments as CSV, earliest due first; "not found" outside its need to know. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; dialogueId: string }> }) {
  const { slug, dialogueId } = await params;
  const context = await exportContext(slug);
  if (!context) return notFound();
  const dialogue = await getDialogue(context, dialogueId);
  if (!dialogue) return notFound();
  const followUps = await listOpenFollowUps(context, dialogue.id);
  return csvExport(
    context,
    { list: "follow-ups", filter: { dialogueId: dialogue.id }, filename: `follow-ups-${stamp()}.csv` },
    ["Commitment", "From session", "Side", "Assignee", "Due", "Status"],
    followUps.map((row) => [
      row.what,
      row.session.title,
      participantSideLabels[row.side],
      row.assignee?.user.name,
      row.dueDate,
      followUpStatusLabels[row.status],
    ]),
  );
}
