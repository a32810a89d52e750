import type { ReactNode } from "react";
import { OverdueBadge } from "@/components/readiness/status-badge";
import { Badge } from "@/components/ui/badge";
import { DateTime } from "@/components/ui/date-time";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FollowUpStatus, ParticipantSide } from "@/lib/generated/prisma/enums";
import { followUpStatusLabels } from "@/lib/outcomes/labels";
import { isFollowUpOverdue } from "@/lib/outcomes/overdue";
import { participantSideLabels } from "@/lib/participants/labels";

export type FollowUpRow = {
  id: string;
  version: number;
  what: string;
  side: ParticipantSide;
  assigneeId: string | null;
  assignee: { user: { name: string } } | null;
  dueDate: Date | null;
  status: FollowUpStatus;
  session: { title: string };
};

const tones = { OPEN: "open", DONE: "answered", DROPPED: "na" } as const;

/** Follow-up commitments, with the session each came from when they span several. */
export function FollowUpList({
  rows,
  today,
  change,
  showSession = false,
  label,
}: {
  rows: FollowUpRow[];
  today: Date;
  /** The control that changes a row's status, where the reader may (a client component, passed in). */
  change?: (row: FollowUpRow) => ReactNode;
  showSession?: boolean;
  label: string;
}) {
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHead className="w-full">Commitment</TableHead>
          {showSession ? <TableHead>From</TableHead> : null}
          <TableHead>Side</TableHead>
          <TableHead>Assignee</TableHead>
          <TableHead>Due</TableHead>
          <TableHead>Status</TableHead>
          {change ? <TableHead className="print:hidden">Change</TableHead> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-testid="follow-up">
            <TableCell>{row.what}</TableCell>
            {showSession ? <TableCell label="From">{row.session.title}</TableCell> : null}
            <TableCell label="Side" className="whitespace-nowrap">
              {participantSideLabels[row.side]}
            </TableCell>
            <TableCell label="Assignee" className="whitespace-nowrap">
              {row.assignee?.user.name ?? <span className="text-muted-foreground">—</span>}
            </TableCell>
            <TableCell label="Due" className="whitespace-nowrap">
              {row.dueDate ? (
                <span className="inline-flex items-center gap-1.5">
                  <DateTime value={row.dueDate} dateOnly />
                  {isFollowUpOverdue(row, today) ? <OverdueBadge /> : null}
                </span>
              ) : (
                <span className="text-muted-foreground">—</span>
              )}
            </TableCell>
            <TableCell label="Status">
              <Badge tone={tones[row.status]}>{followUpStatusLabels[row.status]}</Badge>
            </TableCell>
            {change ? (
              <TableCell label="Change" className="print:hidden">
                {change(row)}
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
