import { DateTime } from "@/components/ui/date-time";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { listDialogueHistory } from "@/lib/dialogues/reads";

export default async function HistoryPage({ params }: { params: Promise<{ slug: string; dialogueId: string }> }) {
  const { slug, dialogueId } = await params;
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const events = await listDialogueHistory(context, dialogue.id);
  return (
    <section className="space-y-3">
      <h3 className="font-semibold">History</h3>
      <ol className="space-y-1 text-sm">
        {events.map((event) => (
          <li key={event.id} data-testid="history-row">
            <DateTime value={event.createdAt} /> · {event.actorName} · {event.action.replace(/[._]/g, " ")}
          </li>
        ))}
      </ol>
      {events.length === 0 ? <p className="text-sm text-slate-600">Nothing recorded yet.</p> : null}
    </section>
  );
}
