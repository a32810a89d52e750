import { AttachContinuityButton } from "@/components/participants/attach-continuity-button";
import { AddItemDialog } from "@/components/readiness/add-item-dialog";
import { ChecklistItemForm } from "@/components/readiness/checklist-item-form";
import { ChecklistTable } from "@/components/readiness/checklist-table";
import { ItemEvidence } from "@/components/readiness/item-evidence";
import { ItemFreshness } from "@/components/readiness/item-freshness";
import { ItemHistory } from "@/components/readiness/item-history";
import { ReviewComparison } from "@/components/readiness/review-comparison";
import { ReviewDetail } from "@/components/readiness/review-detail";
import { ReviewForm } from "@/components/readiness/review-form";
import { ReviewList } from "@/components/readiness/review-list";
import { ScoreSummary } from "@/components/readiness/score-summary";
import { OverdueBadge, StaleBadge, StatusBadge } from "@/components/readiness/status-badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { RouteSheet } from "@/components/ui/route-sheet";
import { Tabs } from "@/components/ui/tabs";
import { can } from "@/lib/authz";
import { conditionGates, listConditions, notMet } from "@/lib/conditions/reads";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { listFormats } from "@/lib/formats/data";
import { confidenceLabels, reviewDecisionLabels } from "@/lib/labels";
import { listMembers } from "@/lib/members/data";
import { describeContinuity } from "@/lib/participants/continuity";
import { getContinuity } from "@/lib/participants/continuity-reads";
import { compareReviews } from "@/lib/readiness/compare";
import { getChecklist, listReviews } from "@/lib/readiness/data";
import { readinessSearchSchema } from "@/lib/readiness/schema";
import { isOverdue, readiness, todayUtc } from "@/lib/readiness/score";
import { formatDay } from "@/lib/time";

export default async function ReadinessPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; dialogueId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, dialogueId } = await params;
  const { tab, item: itemId, review: reviewId, a, b } = readinessSearchSchema.parse(await searchParams);
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const [items, reviews, members, conditions] = await Promise.all([
    getChecklist(context, dialogue.id),
    listReviews(context, dialogue.id),
    listMembers(context),
    listConditions(context, dialogue.id),
  ]);
  const open = items.find((item) => item.id === itemId);
  // The interlocutors question has its evidence one click away: the roster continuity.
  const continuity = open?.templateKey === "interlocutors" ? await getContinuity(context, dialogue.id) : null;
  // The access question reads the online option from the current format, rather than asserting it.
  const currentFormat =
    open?.templateKey === "access"
      ? ((await listFormats(context, dialogue.id)).find((format) => format.status === "CURRENT") ?? null)
      : undefined;
  const score = readiness(items, conditionGates(conditions));
  const conditionsBase = `/o/${slug}/dialogues/${dialogue.id}/conditions`;
  const conditionHref = (id?: string) => (id ? `${conditionsBase}?condition=${id}` : conditionsBase);
  const edits = can(context.role, "record.edit");
  const base = `/o/${slug}/dialogues/${dialogue.id}/readiness`;
  const itemHref = (id: string) => `${base}?item=${id}`;
  const today = todayUtc();
  const assignees = Object.fromEntries(
    members.filter((member) => member.status === "ACTIVE").map((member) => [member.id, member.user.name]),
  );
  const shown = reviews.find((review) => review.id === reviewId);
  const older = reviews.find((review) => review.id === a);
  const newer = reviews.find((review) => review.id === b);
  const [first, second] = older && newer && older.decidedAt > newer.decidedAt ? [newer, older] : [older, newer];
  const tabs = [
    { href: base, label: `Checklist (${items.length})` },
    { href: `${base}?tab=reviews`, label: `Reviews (${reviews.length})` },
  ];
  return (
    <div className="space-y-4">
      <ScoreSummary
        score={score}
        itemHref={itemHref}
        conditionHref={conditionHref}
        unmetConditions={conditions.filter((condition) => notMet(condition.status)).length}
      />
      <Tabs label="Readiness" links={tabs} current={tab === "reviews" ? tabs[1]?.href : base} />

      {tab === "checklist" ? (
        <section aria-label="Checklist" className="space-y-3">
          <ChecklistTable items={items} itemHref={itemHref} today={today} />
          {edits ? <AddItemDialog organizationSlug={slug} dialogueId={dialogue.id} /> : null}
        </section>
      ) : (
        <section aria-label="Reviews" className="space-y-4">
          {can(context.role, "review.decide") ? (
            <Card>
              <CardHeader>
                <CardTitle>Record a review</CardTitle>
              </CardHeader>
              <CardContent>
                <ReviewForm organizationSlug={slug} dialogueId={dialogue.id} />
              </CardContent>
            </Card>
          ) : null}
          {reviews.length ? (
            <ReviewList reviews={reviews} a={a} b={b} reviewHref={(id) => `${base}?tab=reviews&review=${id}`} />
          ) : (
            <EmptyState message="No review recorded yet." />
          )}
          {first && second ? <ReviewComparison diff={compareReviews(first, second)} /> : null}
        </section>
      )}

      {open ? (
        <RouteSheet title={open.question} description={open.guidance} closeHref={base}>
          <div className="flex flex-wrap items-center gap-2 text-sm" data-testid="item-summary">
            <StatusBadge status={open.status} />
            {isOverdue(open, today) ? <OverdueBadge /> : null}
            <span className="text-muted-foreground">
              {open.confidence ? `${confidenceLabels[open.confidence]} confidence` : "No confidence given"}
              {open.assignee ? ` · assigned to ${open.assignee.user.name}` : ""}
              {" · weight "}
              {open.weight}
            </span>
            {open.dueDate ? (
              <span className="text-muted-foreground">
                · due <DateTime value={open.dueDate} dateOnly />
              </span>
            ) : null}
            {open.answeredOn ? (
              <span className="text-muted-foreground" data-testid="item-as-of">
                · as of <DateTime value={open.answeredOn} dateOnly />
              </span>
            ) : null}
            <StaleBadge reason={open.staleness.reason} />
          </div>
          <ItemFreshness organizationSlug={slug} item={open} edits={edits} />
          {currentFormat !== undefined ? (
            <Card className="p-3 text-sm" data-testid="format-fact">
              {currentFormat ? (
                <>
                  The current format, <span className="font-medium">{currentFormat.name}</span>,{" "}
                  {currentFormat.counterpartCanJoinOnline
                    ? "lets the counterpart join online."
                    : "has no online option for the counterpart."}
                </>
              ) : (
                "No format is current yet: whether the counterpart can join online is still open."
              )}{" "}
              <Link href={`/o/${slug}/dialogues/${dialogue.id}/formats`} className="underline underline-offset-2">
                Formats
              </Link>
            </Card>
          ) : null}
          {open.templateKey === "interlocutors" ? (
            <Card className="space-y-2 p-3 text-sm" data-testid="continuity-evidence">
              <p className="font-medium">Roster continuity</p>
              {continuity ? (
                <>
                  <p className="whitespace-pre-line text-muted-foreground">
                    {describeContinuity(continuity.continuity, continuity)}
                  </p>
                  <div className="flex flex-wrap items-center gap-3">
                    {edits ? (
                      <AttachContinuityButton
                        organizationSlug={slug}
                        item={open}
                        fromSessionId={continuity.from.id}
                        toSessionId={continuity.to.id}
                      />
                    ) : null}
                    <Link
                      href={`/o/${slug}/dialogues/${dialogue.id}/participants?from=${continuity.from.id}&to=${continuity.to.id}#continuity`}
                      className="underline underline-offset-2"
                    >
                      Open the comparison
                    </Link>
                  </div>
                </>
              ) : (
                <p className="text-muted-foreground">
                  Nothing to compare yet: continuity needs a held session and a later one with participants.
                </p>
              )}
            </Card>
          ) : null}
          <ItemEvidence
            answer={edits ? undefined : open.answer}
            evidence={edits ? "" : open.evidence}
            links={open.evidenceLinks}
          />
          {edits ? (
            <ChecklistItemForm
              organizationSlug={slug}
              assignees={assignees}
              item={{
                ...open,
                dueDate: open.dueDate ? open.dueDate.toISOString().slice(0, 10) : "",
                answeredOn: open.answeredOn ? open.answeredOn.toISOString().slice(0, 10) : "",
              }}
            />
          ) : null}
          <ItemHistory history={open.history} />
        </RouteSheet>
      ) : null}
      {shown ? (
        <RouteSheet
          title={`Review of ${formatDay(shown.decidedAt)}: ${reviewDecisionLabels[shown.decision]}, ${shown.score}/100`}
          description={`Decided by ${shown.deciderName}. ${shown.rationale}`}
          closeHref={`${base}?tab=reviews`}
        >
          <ReviewDetail snapshot={shown.snapshot} />
        </RouteSheet>
      ) : null}
    </div>
  );
}
