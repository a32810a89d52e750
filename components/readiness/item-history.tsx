import { DateTime } from "@/components/ui/date-time";
import type { HistoryEvent } from "@/lib/audit";
import { checklistFieldLabels, checklistStatusLabels, confidenceLabels } from "@/lib/labels";

const valueLabels: Record<string, Record<string, string>> = {
  status: checklistStatusLabels,
  confidence: confidenceLabels,
};

/** What one event changed, in words: "Status: Open → Answered; Answer changed". */
function summarize(event: HistoryEvent): string {
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  const changes = Object.entries(checklistFieldLabels)
    .filter(([key]) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map(([key, label]) => {
      const labels = valueLabels[key];
      if (!labels) return `${label} changed`;
      const word = (value: unknown) => (typeof value === "string" ? (labels[value] ?? value) : "—");
      return `${label}: ${word(before[key])} → ${word(after[key])}`;
    });
  return changes.length ? changes.join("; ") : "Saved with no change";
}

/** A checklist item's latest changes, newest first, with how many there are in all. */
export function ItemHistory({ history }: { history: { events: HistoryEvent[]; total: number } }) {
  return (
    <section className="space-y-2 border-t border-border pt-4 text-sm" aria-labelledby="item-history">
      <h3 id="item-history" className="font-medium">
        History ({history.total})
      </h3>
      {history.total === 0 ? <p className="text-muted-foreground">No change yet.</p> : null}
      <ol className="space-y-2">
        {history.events.map((event) => (
          <li key={event.id} className="border-l-2 border-border pl-3">
            <p className="text-xs text-muted-foreground">
              <DateTime value={event.createdAt} /> · {event.actorName}
            </p>
            <p>{summarize(event)}</p>
          </li>
        ))}
      </ol>
      {history.total > history.events.length ? (
        <p className="mt-1 text-muted-foreground">
          The latest {history.events.length} of {history.total}; the dialogue's History tab has them all.
        </p>
      ) : null}
    </section>
  );
}
