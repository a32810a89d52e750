"use client";

import type { BadgeTone } from "@/components/ui/badge";
import { Badge } from "@/components/ui/badge";
import { ClientDateTime } from "@/components/ui/client-date-time";
import { cn } from "@/components/ui/cn";
import { Link } from "@/components/ui/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/**
 * One board row, as little as the row shows. The board is a client component over these rows, not
 * a server-rendered tree: React's payload for 25 rows of cells was 87 KB of element tree beside the
 * 68 KB of HTML it duplicated, serialized and parsed again on every view. Rows of data are a
 * fraction of that, and the HTML is the same. Labels arrive in words, so that the label tables stay
 * on the server.
 */
export type BoardRow = {
  id: string;
  title: string;
  counterpart: string;
  status: string;
  score: number;
  notReady: boolean;
  /** The first open gate's question, else the first question holding the score down. */
  gate: string | null;
  drag: string | null;
  review: { decision: string; tone: BadgeTone; decidedAt: Date } | null;
  blocked: number;
  firstBlocked: string | null;
  /** Every overdue and every stale question: the badge's tooltip lists them. */
  overdue: string[];
  stale: string[];
  logistics: number;
  firstLogistics: string | null;
  followUps: number;
  firstFollowUp: string | null;
  next: { title: string; startsAt: Date; timeZone: string } | null;
};

/** A score's colour, beside the number that says it. */
const scoreTone = (score: number) =>
  score >= 80
    ? "bg-status-answered-bg text-status-answered"
    : score >= 50
      ? "bg-status-progress-bg text-status-progress"
      : "bg-status-blocked-bg text-status-blocked";

const none = <span className="text-muted-foreground">None</span>;

export function ReadinessBoard({ slug, rows }: { slug: string; rows: BoardRow[] }) {
  return (
    <Table aria-label="Readiness board">
      <TableHeader>
        <TableRow>
          <TableHead>Dialogue</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Readiness</TableHead>
          <TableHead>Last review</TableHead>
          <TableHead>Blocking</TableHead>
          <TableHead>Overdue or stale</TableHead>
          <TableHead>Next session</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} data-testid="dashboard-row">
            <TableCell className="max-sm:block">
              <Link
                href={`/o/${slug}/dialogues/${row.id}/readiness`}
                className="font-medium underline underline-offset-2"
              >
                {row.title}
              </Link>
              <span className="block text-xs text-muted-foreground">{row.counterpart}</span>
            </TableCell>
            <TableCell label="Status">
              <Badge>{row.status}</Badge>
            </TableCell>
            <TableCell label="Readiness">
              <div>
                <span
                  className={cn(
                    "rounded px-1.5 py-0.5 font-semibold tabular-nums",
                    scoreTone(row.notReady ? 0 : row.score),
                  )}
                >
                  {`${row.notReady ? "Not ready · " : ""}${row.score}/100`}
                </span>
                {row.gate ? (
                  <span className="mt-1 block text-xs text-status-blocked" data-testid="board-gate">
                    {`gate: ${row.gate}`}
                  </span>
                ) : row.drag ? (
                  <span className="mt-1 block text-xs text-muted-foreground">{`held down by: ${row.drag}`}</span>
                ) : null}
              </div>
            </TableCell>
            <TableCell label="Last review">
              {row.review ? (
                <span className="whitespace-nowrap" data-testid="board-review">
                  <Badge tone={row.review.tone}>{row.review.decision}</Badge>{" "}
                  <span className="text-xs text-muted-foreground">
                    <ClientDateTime value={row.review.decidedAt} dateOnly />
                  </span>
                </span>
              ) : (
                none
              )}
            </TableCell>
            <TableCell label="Blocking">
              {row.blocked ? (
                <div className="space-y-1">
                  <Badge tone="blocked">{`${row.blocked} blocked`}</Badge>
                  <span className="block text-xs text-status-blocked">{row.firstBlocked}</span>
                </div>
              ) : (
                none
              )}
            </TableCell>
            <TableCell label="Overdue or stale">
              {row.overdue.length || row.logistics || row.followUps || row.stale.length ? (
                <div className="space-y-1">
                  {row.overdue.length ? (
                    <Badge tone="overdue" title={row.overdue.join("\n")}>
                      {`${row.overdue.length} overdue`}
                    </Badge>
                  ) : null}
                  {row.logistics ? (
                    <>
                      <Badge tone="overdue" data-testid="overdue-logistics">
                        {`${row.logistics} logistics`}
                      </Badge>
                      <span className="block text-xs text-status-overdue">{row.firstLogistics}</span>
                    </>
                  ) : null}
                  {row.followUps ? (
                    <>
                      <Badge tone="overdue" data-testid="overdue-follow-ups">
                        {`${row.followUps} follow-up${row.followUps === 1 ? "" : "s"}`}
                      </Badge>
                      <span className="block text-xs text-status-overdue">{row.firstFollowUp}</span>
                    </>
                  ) : null}
                  {row.stale.length ? (
                    <Badge tone="stale" data-testid="board-stale" title={row.stale.join("\n")}>
                      {`${row.stale.length} stale`}
                    </Badge>
                  ) : null}
                </div>
              ) : (
                none
              )}
            </TableCell>
            <TableCell label="Next session">
              {row.next ? (
                <span>
                  {`${row.next.title}, `}
                  <ClientDateTime value={row.next.startsAt} timeZone={row.next.timeZone} />
                </span>
              ) : (
                <span className="text-muted-foreground">—</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
