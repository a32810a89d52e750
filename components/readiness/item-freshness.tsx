import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { Link } from "@/components/ui/link";
import { contextEventKindLabels } from "@/lib/context/labels";
import type { ContextEventKind } from "@/lib/generated/prisma/enums";
import { ConfirmItemButton } from "./confirm-item-button";

type Recheck = {
  id: string;
  event: { id: string; title: string; kind: ContextEventKind; occurredOn: Date; source: string };
};

/**
 * Whether an answer still holds: the outside events asking for a re-check (each a link to the
 * event), or the day it went stale by age, and, for those who edit, the one click that confirms it.
 */
export function ItemFreshness({
  organizationSlug,
  item,
  edits,
}: {
  organizationSlug: string;
  item: {
    id: string;
    version: number;
    answeredOn: Date | null;
    reviewIntervalDays: number | null;
    staleness: { reason: "age" | "recheck" | null; staleOn: Date | null };
    contextLinks: Recheck[];
  };
  edits: boolean;
}) {
  const { reason, staleOn } = item.staleness;
  if (!reason) return null;
  return (
    <Card className="space-y-2 border-status-stale p-3 text-sm" data-testid="item-freshness">
      {reason === "recheck" ? (
        <>
          <p className="font-medium">Re-check: outside events may have changed this answer</p>
          <ul className="space-y-1">
            {item.contextLinks.map((link) => (
              <li key={link.id}>
                <Link
                  href={`/o/${organizationSlug}/context?event=${link.event.id}`}
                  className="underline underline-offset-2"
                >
                  {link.event.title}
                </Link>{" "}
                <span className="text-muted-foreground">
                  ({contextEventKindLabels[link.event.kind]}, <DateTime value={link.event.occurredOn} dateOnly />
                  {"; source: "}
                  {link.event.source})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="font-medium">
          Stale since {staleOn ? <DateTime value={staleOn} dateOnly /> : "—"}: answers to this question hold for{" "}
          {item.reviewIntervalDays} days.
        </p>
      )}
      <p className="text-muted-foreground">
        It counts one confidence level lower until someone confirms it still holds, or changes it.
      </p>
      {edits ? <ConfirmItemButton organizationSlug={organizationSlug} item={item} /> : null}
    </Card>
  );
}
