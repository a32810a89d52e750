import { AddItemForm } from "@/components/readiness/add-item-form";
import { ChecklistItemForm } from "@/components/readiness/checklist-item-form";
import { ItemEvidence } from "@/components/readiness/item-evidence";
import { ItemHistory } from "@/components/readiness/item-history";
import { ReviewComparison } from "@/components/readiness/review-comparison";
import { ReviewForm } from "@/components/readiness/review-form";
import { ScoreSummary } from "@/components/readiness/score-summary";
import { DateTime } from "@/components/ui/date-time";
import { can } from "@/lib/authz";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { checklistStatusLabels, confidenceLabels, reviewDecisionLabels } from "@/lib/labels";
import { listMembers } from "@/lib/members/data";
import { compareReviews } from "@/lib/readiness/compare";
import { getChecklist, listReviews } from "@/lib/readiness/data";
import { readinessSearchSchema } from "@/lib/readiness/schema";
import { readiness } from "@/lib/readiness/score";

export default async function ReadinessPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; dialogueId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, dialogueId } = await params;
  const { a, b } = readinessSearchSchema.parse(await searchParams);
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const [items, reviews, members] = await Promise.all([
    getChecklist(context, dialogue.id),
    listReviews(context, dialogue.id),
    listMembers(context),
  ]);
  const score = readiness(items);
  const edits = can(context.role, "record.edit");
  const assignees = Object.fromEntries(
    members.filter((member) => member.status === "ACTIVE").map((member) => [member.id, member.user.name]),
  );
  const older = reviews.find((review) => review.id === a);
  const newer = reviews.find((review) => review.id === b);
  const [first, second] = older && newer && older.decidedAt > newer.decidedAt ? [newer, older] : [older, newer];
  return (
    <div className="space-y-8">
      <ScoreSummary score={score} />

      <section className="space-y-3">
        <h3 className="font-semibold">Checklist</h3>
        {items.map((item) => (
          <article
            key={item.id}
            className="space-y-2 rounded-lg border border-slate-200 bg-white p-4"
            data-testid="checklist-item"
          >
            <h4 className="font-medium">{item.question}</h4>
            {item.guidance ? <p className="text-sm text-slate-600">{item.guidance}</p> : null}
            <p className="text-sm" data-testid="item-summary">
              {checklistStatusLabels[item.status]}
              {item.confidence ? ` · ${confidenceLabels[item.confidence]} confidence` : ""}
              {item.assignee ? ` · assigned to ${item.assignee.user.name}` : ""}
              {item.dueDate ? (
                <>
                  {" "}
                  · due <DateTime value={item.dueDate} dateOnly />
                </>
              ) : null}{" "}
              · weight {item.weight}
            </p>
            <ItemEvidence
              answer={edits ? undefined : item.answer}
              evidence={edits ? "" : item.evidence}
              links={item.evidenceLinks}
            />
            {edits ? (
              <ChecklistItemForm
                organizationSlug={slug}
                assignees={assignees}
                item={{ ...item, dueDate: item.dueDate ? item.dueDate.toISOString().slice(0, 10) : "" }}
              />
            ) : null}
            <ItemHistory history={item.history} />
          </article>
        ))}
        {edits ? <AddItemForm organizationSlug={slug} dialogueId={dialogue.id} /> : null}
      </section>

      <section className="space-y-3">
        <h3 className="font-semibold">Reviews</h3>
        {can(context.role, "review.decide") ? <ReviewForm organizationSlug={slug} dialogueId={dialogue.id} /> : null}
        {reviews.length ? (
          <form method="get" className="space-y-2" key={reviews.map((review) => review.id).join()}>
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-200">
                  <th className="py-2 pr-2 font-medium">From</th>
                  <th className="py-2 pr-2 font-medium">To</th>
                  <th className="py-2 pr-2 font-medium">Decided</th>
                  <th className="py-2 pr-2 font-medium">Decision</th>
                  <th className="py-2 pr-2 font-medium">Score</th>
                  <th className="py-2 font-medium">Rationale</th>
                </tr>
              </thead>
              <tbody>
                {reviews.map((review, index) => (
                  <tr key={review.id} className="border-b border-slate-100 align-top" data-testid="review-row">
                    <td className="py-2 pr-2">
                      <input
                        type="radio"
                        name="a"
                        value={review.id}
                        aria-label={`Compare from review ${reviews.length - index}`}
                        defaultChecked={a ? a === review.id : index === 1}
                      />
                    </td>
                    <td className="py-2 pr-2">
                      <input
                        type="radio"
                        name="b"
                        value={review.id}
                        aria-label={`Compare to review ${reviews.length - index}`}
                        defaultChecked={b ? b === review.id : index === 0}
                      />
                    </td>
                    <td className="py-2 pr-2 whitespace-nowrap">
                      <DateTime value={review.decidedAt} /> · {review.deciderName}
                    </td>
                    <td className="py-2 pr-2">{reviewDecisionLabels[review.decision]}</td>
                    <td className="py-2 pr-2">{review.score}</td>
                    <td className="py-2">{review.rationale}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {reviews.length > 1 ? (
              <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm">
                Compare reviews
              </button>
            ) : null}
          </form>
        ) : (
          <p className="text-sm text-slate-600">No review recorded yet.</p>
        )}
        {first && second ? <ReviewComparison diff={compareReviews(first, second)} /> : null}
      </section>
    </div>
  );
}
