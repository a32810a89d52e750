import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { Link } from "@/components/ui/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ChecklistStatus, Confidence } from "@/lib/generated/prisma/enums";
import { confidenceLabels } from "@/lib/labels";
import { isOverdue } from "@/lib/readiness/score";
import { OverdueBadge, StaleBadge, StatusBadge } from "./status-badge";

export type ChecklistRow = {
  id: string;
  question: string;
  status: ChecklistStatus;
  confidence: Confidence | null;
  assignee: { user: { name: string } } | null;
  dueDate: Date | null;
  weight: number;
  gate: boolean;
  staleness: { reason: "age" | "recheck" | null };
  updatedAt: Date;
  history: { events: { createdAt: Date; actorName: string }[] };
};

/**
 * The checklist at a glance, one row per item: status, confidence, assignee, due date and the last
 * change. The question opens the item in the side sheet, at an address that can be shared.
 */
export function ChecklistTable({
  items,
  itemHref,
  today,
}: {
  items: ChecklistRow[];
  itemHref: (id: string) => string;
  today: Date;
}) {
  return (
    <Table aria-label="Checklist">
      <TableHeader>
        <TableRow>
          <TableHead className="w-full">Question</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Confidence</TableHead>
          <TableHead>Assignee</TableHead>
          <TableHead>Due</TableHead>
          <TableHead>Weight</TableHead>
          <TableHead>Last change</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => {
          const last = item.history.events[0];
          return (
            <TableRow key={item.id} data-testid="checklist-item" className="hover:bg-muted/50">
              <TableCell className="max-w-0 sm:truncate max-sm:max-w-none max-sm:pb-1">
                <Link
                  href={itemHref(item.id)}
                  scroll={false}
                  title={item.question}
                  className="font-medium text-foreground underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
                >
                  {item.question}
                </Link>
              </TableCell>
              <TableCell label="Status">
                <span className="inline-flex flex-wrap items-center gap-1">
                  <StatusBadge status={item.status} />
                  <StaleBadge reason={item.staleness.reason} />
                </span>
              </TableCell>
              <TableCell label="Confidence" className="whitespace-nowrap" data-testid="item-confidence">
                {item.confidence ? confidenceLabels[item.confidence] : <span className="text-muted-foreground">—</span>}
              </TableCell>
              <TableCell label="Assignee" className="whitespace-nowrap">
                {item.assignee ? item.assignee.user.name : <span className="text-muted-foreground">—</span>}
              </TableCell>
              <TableCell label="Due" className="whitespace-nowrap">
                {item.dueDate ? (
                  <span className="inline-flex items-center gap-1.5">
                    <DateTime value={item.dueDate} dateOnly />
                    {isOverdue(item, today) ? <OverdueBadge /> : null}
                  </span>
                ) : (
                  <span className="text-muted-foreground">—</span>
                )}
              </TableCell>
              <TableCell label="Weight" className="whitespace-nowrap text-right tabular-nums max-sm:text-left">
                {item.gate ? (
                  <Badge tone="outline" className="mr-1.5" title="Not ready until this is answered">
                    Gate
                  </Badge>
                ) : null}
                {item.weight}
              </TableCell>
              <TableCell label="Last change" className="whitespace-nowrap text-muted-foreground">
                {last ? <DateTime value={last.createdAt} dateOnly /> : "—"}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
