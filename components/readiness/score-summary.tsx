import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Link } from "@/components/ui/link";
import { checklistStatusLabels, confidenceLabels } from "@/lib/labels";
import { confidenceFactor, GATE_CAP, type Readiness, statusFactor } from "@/lib/readiness/score";

const share = (factor: number) => (factor === 0.5 ? "½" : String(factor));

/** The score's colour: a reading aid beside the number, never the only signal. */
function tone(score: number) {
  if (score >= 80) return "bg-status-answered-bg text-status-answered";
  if (score >= 50) return "bg-status-progress-bg text-status-progress";
  return "bg-status-blocked-bg text-status-blocked";
}

/** The readiness score, what holds it down (each item a link to it), and how it is made, from score.ts's factors. */
export function ScoreSummary({
  score,
  itemHref,
  conditionHref,
  unmetConditions = 0,
}: {
  score: Readiness;
  itemHref: (id: string) => string;
  /** Where a stated condition opens; its gates link there. */
  conditionHref: (id?: string) => string;
  /** Conditions a side stated that are not yet met, gates or not. */
  unmetConditions?: number;
}) {
  const statuses = (["ANSWERED", "IN_PROGRESS"] as const)
    .map((status) => `${checklistStatusLabels[status].toLowerCase()} ${share(statusFactor[status])}`)
    .join(", ");
  const confidences = (["HIGH", "MEDIUM", "LOW"] as const)
    .map((level) => `${confidenceLabels[level].toLowerCase()} ${share(confidenceFactor[level])}`)
    .join(", ");
  const drags = score.drags.slice(0, 3);
  return (
    <Card className="flex flex-col gap-4 p-4 sm:flex-row sm:items-start">
      <div
        className={cn(
          "flex shrink-0 flex-col items-center justify-center rounded-md px-5 py-3",
          score.verdict === "NOT_READY" ? tone(0) : tone(score.score),
        )}
      >
        <h3 className="text-xs font-medium uppercase tracking-wide">Readiness</h3>
        <p className="text-3xl font-semibold tabular-nums">
          <span data-testid="readiness-score">{score.score}</span>
          <span className="text-base font-normal">/100</span>
        </p>
      </div>
      <div className="min-w-0 flex-1 space-y-2 text-sm">
        {score.openGates.length ? (
          <p data-testid="open-gates">
            <strong className="text-status-blocked" data-testid="readiness-verdict">
              Not ready
            </strong>
            : {score.openGates.length === 1 ? "a gate is" : `${score.openGates.length} gates are`} still open:{" "}
            {score.openGates.map((gate, index) => (
              <span key={gate.id}>
                {index ? "; " : ""}
                <Link
                  href={gate.kind === "condition" ? conditionHref(gate.id) : itemHref(gate.id)}
                  scroll={false}
                  className="underline underline-offset-2"
                >
                  {gate.question}
                </Link>{" "}
                <span className="text-muted-foreground">
                  ({gate.kind === "condition" ? "not yet met" : checklistStatusLabels[gate.status].toLowerCase()})
                </span>
              </span>
            ))}
            .
            {score.uncapped !== null ? (
              <span className="text-muted-foreground">
                {" "}
                The points alone would give {score.uncapped}; while a gate is open the score is capped at {GATE_CAP}.
              </span>
            ) : null}
          </p>
        ) : null}
        {unmetConditions ? (
          <p data-testid="unmet-conditions">
            <Link href={conditionHref()} className="underline underline-offset-2">
              {unmetConditions === 1 ? "1 stated condition is" : `${unmetConditions} stated conditions are`} not yet met
            </Link>
            .
          </p>
        ) : null}
        {drags.length ? (
          <>
            <h4 className="font-medium">What holds it down</h4>
            <ol className="space-y-1" data-testid="score-drags">
              {drags.map((drag) => (
                <li key={drag.id} className="flex gap-2">
                  <span className="w-14 shrink-0 text-right font-medium tabular-nums text-status-blocked">
                    −{drag.points}
                  </span>
                  <span className="min-w-0">
                    <Link href={itemHref(drag.id)} scroll={false} className="underline underline-offset-2">
                      {drag.question}
                    </Link>{" "}
                    <span className="text-muted-foreground">({drag.why})</span>
                  </span>
                </li>
              ))}
            </ol>
            {score.drags.length > drags.length ? (
              <p className="text-muted-foreground">
                and {score.drags.length - drags.length} more, costing{" "}
                {Math.round(score.drags.slice(3).reduce((sum, drag) => sum + drag.points, 0) * 10) / 10} points.
              </p>
            ) : null}
          </>
        ) : (
          <p>{score.counted ? "Nothing holds it down." : "No item counts yet."}</p>
        )}
        <details className="text-muted-foreground">
          <summary className="cursor-pointer">How the score is made</summary>
          <p className="mt-1">
            Each item counts by its weight, times how far its status carries it ({statuses}, anything else 0) and how
            much its answer can be trusted ({confidences}; unstated counts as low). Items that do not apply are left
            out. A stale answer (past its review interval, or awaiting a re-check after an outside event) counts one
            confidence level lower. A gate is an item the dialogue cannot meet without: while one is open, in progress
            or blocked, the verdict is "Not ready" and the score is capped at {GATE_CAP}, whatever the other items give.
          </p>
        </details>
      </div>
    </Card>
  );
}
