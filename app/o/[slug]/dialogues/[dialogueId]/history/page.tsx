import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { listDialogueHistory } from "@/lib/dialogues/reads";

export default async function HistoryPage({ params }: { params: Promise<{ slug: string; dialogueId: string }> }) {
  const { slug, dialogueId } = await params;
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const events = await listDialogueHistory(context, dialogue.id);
  return (
    <section className="space-y-3" aria-labelledby="history-heading">
      <h3 id="history-heading" className="font-semibold">
        History
      </h3>
      {events.length ? (
        <Card>
          <ol className="divide-y divide-border text-sm">
            {events.map((event) => (
              <li key={event.id} data-testid="history-row" className="flex flex-wrap gap-x-3 px-4 py-2">
                <span className="text-muted-foreground">
                  <DateTime value={event.createdAt} />
                </span>
                <span>
                  {event.actorName} · {event.action.replace(/[._]/g, " ")}
                </span>
              </li>
            ))}
          </ol>
        </Card>
      ) : (
        <p className="text-sm text-muted-foreground">Nothing recorded yet.</p>
      )}
    </section>
  );
}
