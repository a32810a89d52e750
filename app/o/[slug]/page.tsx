import { PlusIcon } from "lucide-react";
import { Suspense } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { ListSkeleton } from "@/components/ui/list-skeleton";
import { Pagination } from "@/components/ui/pagination";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireMember } from "@/lib/auth/guard";
import type { MemberContext } from "@/lib/auth/member";
import { can } from "@/lib/authz";
import { getDashboard } from "@/lib/dialogues/dashboard";
import { dashboardSearchSchema } from "@/lib/dialogues/schema";
import type { ReviewDecision } from "@/lib/generated/prisma/enums";
import { dialogueStatusLabels, reviewDecisionLabels } from "@/lib/labels";
import { countLabel } from "@/lib/paging";

/** A score's colour, beside the number that says it. */
const reviewTones: Record<ReviewDecision, "answered" | "stale" | "blocked"> = {
  GO: "answered",
  NOT_YET: "stale",
  NO_GO: "blocked",
};

const scoreTone = (score: number) =>
  score >= 80
    ? "bg-status-answered-bg text-status-answered"
    : score >= 50
      ? "bg-status-progress-bg text-status-progress"
      : "bg-status-blocked-bg text-status-blocked";

export default async function DashboardPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const context = await requireMember(slug);
  const { page } = dashboardSearchSchema.parse(await searchParams);
  // The membership is settled (or "not found" sent) before anything streams; the heading goes out
  // with the frame, and the board follows it.
  return (
    <section className="space-y-3" aria-labelledby="board-heading">
      <div>
        <h2 id="board-heading" className="text-lg font-semibold">
          Readiness board
        </h2>
        <p className="text-sm text-muted-foreground">
          Each dialogue's readiness score, its last review, what blocks it, what is overdue or stale, and its next
          session.
        </p>
      </div>
      <Suspense fallback={<ListSkeleton />}>
        <Board context={context} slug={slug} page={page} />
      </Suspense>
    </section>
  );
}

async function Board({ context, slug, page }: { context: MemberContext; slug: string; page: number }) {
  const board = await getDashboard(context, page);
  const { rows } = board;
  const creates = can(context.role, "dialogue.manage");
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium" data-testid="board-count">
          {countLabel(board)} dialogue{board.total === 1 && !board.more ? "" : "s"}
        </p>
        <div className="flex items-center gap-2">
          <Button asChild variant="ghost" size="sm">
            <Link href={`/o/${slug}/dialogues`}>All dialogues</Link>
          </Button>
          {creates && rows.length ? (
            <Button asChild size="sm">
              <Link href={`/o/${slug}/dialogues/new`}>
                <PlusIcon aria-hidden="true" />
                New dialogue
              </Link>
            </Button>
          ) : null}
        </div>
      </div>
      {rows.length ? (
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
                  <Badge>{dialogueStatusLabels[row.status]}</Badge>
                </TableCell>
                <TableCell label="Readiness">
                  <div>
                    <span
                      className={cn(
                        "rounded px-1.5 py-0.5 font-semibold tabular-nums",
                        scoreTone(row.readiness.verdict === "NOT_READY" ? 0 : row.readiness.score),
                      )}
                    >
                      {row.readiness.verdict === "NOT_READY" ? "Not ready · " : ""}
                      {row.readiness.score}/100
                    </span>
                    {row.readiness.openGates[0] ? (
                      <span className="mt-1 block text-xs text-status-blocked" data-testid="board-gate">
                        gate: {row.readiness.openGates[0].question}
                      </span>
                    ) : row.readiness.drags[0] ? (
                      <span className="mt-1 block text-xs text-muted-foreground">
                        held down by: {row.readiness.drags[0].question}
                      </span>
                    ) : null}
                  </div>
                </TableCell>
                <TableCell label="Last review">
                  {row.lastReview ? (
                    <span className="whitespace-nowrap" data-testid="board-review">
                      <Badge tone={reviewTones[row.lastReview.decision]}>
                        {reviewDecisionLabels[row.lastReview.decision]}
                      </Badge>{" "}
                      <span className="text-xs text-muted-foreground">
                        <DateTime value={row.lastReview.decidedAt} dateOnly />
                      </span>
                    </span>
                  ) : (
                    <span className="text-muted-foreground">None</span>
                  )}
                </TableCell>
                <TableCell label="Blocking">
                  {row.blocking.length ? (
                    <div className="space-y-1">
                      <Badge tone="blocked">{row.blocking.length} blocked</Badge>
                      <span className="block text-xs text-status-blocked">{row.blocking[0]?.question}</span>
                    </div>
                  ) : (
                    <span className="text-muted-foreground">None</span>
                  )}
                </TableCell>
                <TableCell label="Overdue or stale">
                  {row.overdue.length ||
                  row.overdueLogistics.length ||
                  row.overdueFollowUps.length ||
                  row.stale.length ? (
                    <div className="space-y-1">
                      {row.overdue.length ? (
                        <Badge tone="overdue" title={row.overdue.map((item) => item.question).join("\n")}>
                          {row.overdue.length} overdue
                        </Badge>
                      ) : null}
                      {row.overdueLogistics.length ? (
                        <>
                          <Badge tone="overdue" data-testid="overdue-logistics">
                            {row.overdueLogistics.length} logistics
                          </Badge>
                          <span className="block text-xs text-status-overdue">{row.overdueLogistics[0]}</span>
                        </>
                      ) : null}
                      {row.overdueFollowUps.length ? (
                        <>
                          <Badge tone="overdue" data-testid="overdue-follow-ups">
                            {row.overdueFollowUps.length} follow-up{row.overdueFollowUps.length === 1 ? "" : "s"}
                          </Badge>
                          <span className="block text-xs text-status-overdue">{row.overdueFollowUps[0]}</span>
                        </>
                      ) : null}
                      {row.stale.length ? (
                        <Badge
                          tone="stale"
                          data-testid="board-stale"
                          title={row.stale.map((item) => item.question).join("\n")}
                        >
                          {row.stale.length} stale
                        </Badge>
                      ) : null}
                    </div>
                  ) : (
                    <span className="text-muted-foreground">None</span>
                  )}
                </TableCell>
                <TableCell label="Next session">
                  {row.nextSession ? (
                    <span>
                      {row.nextSession.title},{" "}
                      <DateTime value={row.nextSession.startsAt} timeZone={row.nextSession.timeZone} />
                    </span>
                  ) : (
                    <span className="text-muted-foreground">—</span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <EmptyState
          message="No dialogues yet."
          action={creates ? { href: `/o/${slug}/dialogues/new`, label: "New dialogue" } : null}
        />
      )}
      <Pagination path={`/o/${slug}`} search={{}} page={page} pageCount={board.pageCount} hasNext={board.hasNext} />
    </div>
  );
}
