import { checklistStatusLabels, confidenceLabels } from "@/lib/labels";
import { confidenceFactor, type Readiness, statusFactor } from "@/lib/readiness/score";

const share = (factor: number) => (factor === 0.5 ? "½" : String(factor));

/** The readiness score, how it is made (from the factors score.ts uses), and what holds it down. */
export function ScoreSummary({ score }: { score: Readiness }) {
  const statuses = (["ANSWERED", "IN_PROGRESS"] as const)
    .map((status) => `${checklistStatusLabels[status].toLowerCase()} ${share(statusFactor[status])}`)
    .join(", ");
  const confidences = (["HIGH", "MEDIUM", "LOW"] as const)
    .map((level) => `${confidenceLabels[level].toLowerCase()} ${share(confidenceFactor[level])}`)
    .join(", ");
  return (
    <section className="space-y-2">
      <h3 className="font-semibold">
        Readiness score: <span data-testid="readiness-score">{score.score}</span>/100
      </h3>
      <p className="text-sm text-slate-600">
        Each item counts by its weight, times how far its status carries it ({statuses}, anything else 0) and how much
        its answer can be trusted ({confidences}; unstated counts as low). Items that do not apply are left out.
      </p>
      {score.drags.length ? (
        <div className="text-sm">
          <p className="font-medium">What holds it down:</p>
          <ul className="list-disc pl-5" data-testid="score-drags">
            {score.drags.slice(0, 5).map((drag) => (
              <li key={drag.id}>
                {drag.question} — {drag.points} points ({drag.why})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
