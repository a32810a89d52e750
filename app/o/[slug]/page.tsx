import { type BoardRow, ReadinessBoard } from "@/components/dialogues/readiness-board";
import type { BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PlusIcon } from "@/components/ui/icons";
import { Link } from "@/components/ui/link";
import { Pagination } from "@/components/ui/pagination";
import { requireMember } from "@/lib/auth/guard";
import type { MemberContext } from "@/lib/auth/member";
import { can } from "@/lib/authz";
import { type DashboardRow, getDashboard } from "@/lib/dialogues/dashboard";
import { dashboardSearchSchema } from "@/lib/dialogues/schema";
import type { ReviewDecision } from "@/lib/generated/prisma/enums";
import { dialogueStatusLabels, reviewDecisionLabels } from "@/lib/labels";
import { countLabel } from "@/lib/paging";

/** A review's colour, beside the word that says it. */
const reviewTones: Record<ReviewDecision, BadgeTone> = { GO: "answered", NOT_YET: "stale", NO_GO: "blocked" };

/** What the board shows of a row, and no more: the rest stays on the server. */
const boardRow = (row: DashboardRow): BoardRow => ({
  id: row.id,
  title: row.title,
  counterpart: row.counterpart,
  status: dialogueStatusLabels[row.status],
  score: row.readiness.score,
  notReady: row.readiness.verdict === "NOT_READY",
  gate: row.readiness.openGates[0]?.question ?? null,
  drag: row.readiness.openGates[0] ? null : (row.readiness.drags[0]?.question ?? null),
  review: row.lastReview && {
    decision: reviewDecisionLabels[row.lastReview.decision],
    tone: reviewTones[row.lastReview.decision],
    decidedAt: row.lastReview.decidedAt,
  },
  blocked: row.blocking.length,
  firstBlocked: row.blocking[0]?.question ?? null,
  overdue: row.overdue.map((item) => item.question),
  stale: row.stale.map((item) => item.question),
  logistics: row.overdueLogistics.length,
  firstLogistics: row.overdueLogistics[0] ?? null,
  followUps: row.overdueFollowUps.length,
  firstFollowUp: row.overdueFollowUps[0] ?? null,
  next: row.nextSession && {
    title: row.nextSession.title,
    startsAt: row.nextSession.startsAt,
    timeZone: row.nextSession.timeZone,
  },
});

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
  // The board is not streamed behind a Suspense boundary: React reveals a streamed part no sooner
  // than 300 ms after the frame's first paint, and the board's reads take 30–40 ms. In the stream,
  // the rows came later than with the page whole, and laying them out was a second long task.
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
      <Board context={context} slug={slug} page={page} />
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
        <ReadinessBoard slug={slug} rows={rows.map(boardRow)} />
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
