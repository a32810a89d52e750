import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { checklistStatusLabels, confidenceLabels } from "@/lib/labels";
import type { SnapshotItem } from "@/lib/readiness/compare";
import { ItemEvidence } from "./item-evidence";
import { StaleBadge, StatusBadge } from "./status-badge";

const day = (value: string | null | undefined) =>
  value ? <DateTime value={new Date(`${value}T00:00:00Z`)} dateOnly /> : "—";

/**
 * A review as it was decided: every item's answer, evidence and links, confidence, assignee and
 * dates, frozen then. Anyone who can see the dialogue reads it, Viewers included.
 */
export function ReviewDetail({ snapshot }: { snapshot: SnapshotItem[] }) {
  return (
    <ol className="space-y-4" data-testid="review-detail">
      {snapshot.map((item) => (
        <li key={item.id} className="space-y-1 border-b pb-3 last:border-b-0">
          <p className="font-medium">{item.question}</p>
          <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
            <StatusBadge status={item.status} />
            <StaleBadge reason={item.stale ?? null} />
            {item.gate ? <Badge tone="outline">Gate</Badge> : null}
            <span>
              {item.confidence ? `${confidenceLabels[item.confidence]} confidence` : "No confidence given"}
              {" · "}
              {item.assignee === undefined ? null : <>assigned to {item.assignee ?? "nobody"} · </>}
              {item.dueDate === undefined ? null : <>due {day(item.dueDate)} · </>}
              {item.answeredOn === undefined ? null : <>as of {day(item.answeredOn)} · </>}
              weight {item.weight}
            </span>
          </div>
          <ItemEvidence answer={item.answer} evidence={item.evidence ?? ""} links={item.evidenceLinks ?? []} />
          {item.answer || item.evidence ? null : (
            <p className="text-sm text-muted-foreground">
              No answer recorded ({checklistStatusLabels[item.status].toLowerCase()}).
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
