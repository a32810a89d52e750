import { checklistStatusLabels, confidenceLabels, reviewDecisionLabels } from "@/lib/labels";
import type { compareReviews, FieldChange } from "@/lib/readiness/compare";

const fieldLabels: Record<FieldChange["field"], string> = {
  question: "Question",
  status: "Status",
  confidence: "Confidence",
  answer: "Answer",
  evidence: "Evidence",
  evidenceLinks: "Evidence links",
  assignee: "Assignee",
  dueDate: "Due",
  answeredOn: "As of",
  stale: "Staleness",
  weight: "Weight",
  gate: "Gate",
};

function show(field: FieldChange["field"], value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "status") return checklistStatusLabels[value as keyof typeof checklistStatusLabels] ?? String(value);
  if (field === "confidence") return confidenceLabels[value as keyof typeof confidenceLabels] ?? String(value);
  if (field === "stale") return value === "recheck" ? "re-check" : "stale";
  if (field === "gate") return value ? "a gate" : "not a gate";
  return String(value);
}

/** One field's change: long text before and after on lines of their own, links as added and removed. */
function Change({ change }: { change: FieldChange }) {
  if (change.field === "evidenceLinks") {
    return (
      <>
        {change.added.map((link) => (
          <span key={`+${link}`} className="block break-all">
            + {link}
          </span>
        ))}
        {change.removed.map((link) => (
          <span key={`-${link}`} className="block break-all line-through">
            − {link}
          </span>
        ))}
      </>
    );
  }
  const long = change.field === "answer" || change.field === "evidence" || change.field === "question";
  return long ? (
    <>
      <span className="block whitespace-pre-wrap text-muted-foreground line-through">
        {show(change.field, change.from)}
      </span>
      <span className="block whitespace-pre-wrap">{show(change.field, change.to)}</span>
    </>
  ) : (
    <>
      {show(change.field, change.from)} → {show(change.field, change.to)}
    </>
  );
}

/** What changed between two reviews, every field a review freezes, item by item. */
export function ReviewComparison({ diff }: { diff: ReturnType<typeof compareReviews> }) {
  return (
    <div className="space-y-3 text-sm" data-testid="review-comparison">
      <p>
        Decision: {reviewDecisionLabels[diff.decision.from]} → {reviewDecisionLabels[diff.decision.to]}
        {diff.decision.changed ? "" : " (unchanged)"}. Score: {diff.score.from} → {diff.score.to} (
        {diff.score.delta >= 0 ? "+" : ""}
        {diff.score.delta}).
      </p>
      {diff.changed.length === 0 && diff.added.length === 0 && diff.removed.length === 0 ? (
        <p>No checklist item changed.</p>
      ) : null}
      {diff.changed.map((item) => (
        <section key={item.id} className="space-y-1" data-testid="item-change">
          <h4 className="font-medium">{item.question}</h4>
          <dl className="grid grid-cols-[8rem_1fr] gap-x-3 gap-y-1">
            {item.fields.map((change) => (
              <div key={change.field} className="contents">
                <dt className="text-muted-foreground">{fieldLabels[change.field]}</dt>
                <dd className="min-w-0">
                  <Change change={change} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {diff.added.length || diff.removed.length ? (
        <ul className="list-disc space-y-1 pl-5">
          {diff.added.map((item) => (
            <li key={item.id}>Added: {item.question}</li>
          ))}
          {diff.removed.map((item) => (
            <li key={item.id}>Removed: {item.question}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
