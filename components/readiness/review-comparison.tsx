import { checklistStatusLabels, confidenceLabels, reviewDecisionLabels } from "@/lib/labels";
import type { compareReviews } from "@/lib/readiness/compare";

const fieldLabels: Record<string, string> = {
  status: "status",
  confidence: "confidence",
  answer: "answer",
  weight: "weight",
  question: "question",
};

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (field === "status") return checklistStatusLabels[value as keyof typeof checklistStatusLabels] ?? String(value);
  if (field === "confidence") return confidenceLabels[value as keyof typeof confidenceLabels] ?? String(value);
  return String(value);
}

export function ReviewComparison({ diff }: { diff: ReturnType<typeof compareReviews> }) {
  return (
    <div className="space-y-2 text-sm" data-testid="review-comparison">
      <p>
        Decision: {reviewDecisionLabels[diff.decision.from]} → {reviewDecisionLabels[diff.decision.to]}
        {diff.decision.changed ? "" : " (unchanged)"}. Score: {diff.score.from} → {diff.score.to} (
        {diff.score.delta >= 0 ? "+" : ""}
        {diff.score.delta}).
      </p>
      {diff.changed.length === 0 && diff.added.length === 0 && diff.removed.length === 0 ? (
        <p>No checklist item changed.</p>
      ) : null}
      <ul className="list-disc space-y-1 pl-5">
        {diff.changed.map((item) => (
          <li key={item.id}>
            <span className="font-medium">{item.question}</span>:{" "}
            {item.fields
              .map(
                (change) =>
                  `${fieldLabels[change.field]} ${show(change.field, change.from)} → ${show(change.field, change.to)}`,
              )
              .join("; ")}
          </li>
        ))}
        {diff.added.map((item) => (
          <li key={item.id}>Added: {item.question}</li>
        ))}
        {diff.removed.map((item) => (
          <li key={item.id}>Removed: {item.question}</li>
        ))}
      </ul>
    </div>
  );
}
