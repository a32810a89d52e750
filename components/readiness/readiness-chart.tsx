import { contextEventKindLabels } from "@/lib/context/labels";
import type { ContextEventKind, ReviewDecision } from "@/lib/generated/prisma/enums";
import { reviewDecisionLabels } from "@/lib/labels";
import { chartWindow } from "@/lib/readiness/chart-window";
import { formatDay } from "@/lib/time";

type Point = { id: string; decidedAt: Date; score: number; decision: ReviewDecision };
type Event = { id: string; occurredOn: Date; title: string; kind: ContextEventKind };

const W = 640;
const H = 180;
const PAD = { left: 32, right: 12, top: 12, bottom: 28 };
const decisionClass: Record<ReviewDecision, string> = {
  GO: "fill-status-answered",
  NOT_YET: "fill-status-progress",
  NO_GO: "fill-status-blocked",
};

/**
 * Readiness over time, in plain SVG (no script, nothing added to the page's bundle): each review's
 * score as a line, its decision as the point's colour and title, and outside events as marks on the
 * time axis. The same facts follow as a list for screen readers. Events from long before the first
 * review are left out (chartWindow), and the caption says from when the chart draws them.
 */
export function ReadinessChart({ reviews, events: allEvents }: { reviews: Point[]; events: Event[] }) {
  const { events, from } = chartWindow(reviews, allEvents);
  const times = [...reviews.map((r) => r.decidedAt.getTime()), ...events.map((e) => e.occurredOn.getTime())];
  const min = Math.min(...times);
  const max = Math.max(...times);
  const span = max - min || 1;
  const x = (time: number) => PAD.left + ((time - min) / span) * (W - PAD.left - PAD.right);
  const y = (score: number) => PAD.top + (1 - score / 100) * (H - PAD.top - PAD.bottom);
  const line = reviews.map((r) => `${x(r.decidedAt.getTime()).toFixed(1)},${y(r.score).toFixed(1)}`).join(" ");
  return (
    <figure className="space-y-2" data-testid="readiness-chart">
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full max-w-2xl" role="img" aria-labelledby="chart-caption">
        <title>Readiness score at each review, with outside events</title>
        {[0, 50, 100].map((score) => (
          <g key={score}>
            <line
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(score)}
              y2={y(score)}
              className="stroke-border"
              strokeWidth={1}
            />
            <text x={PAD.left - 6} y={y(score) + 4} textAnchor="end" className="fill-muted-foreground text-[10px]">
              {score}
            </text>
          </g>
        ))}
        {events.map((event) => (
          <g key={event.id}>
            <title>{`${formatDay(event.occurredOn)}: ${event.title} (${contextEventKindLabels[event.kind]})`}</title>
            <line
              x1={x(event.occurredOn.getTime())}
              x2={x(event.occurredOn.getTime())}
              y1={PAD.top}
              y2={H - PAD.bottom}
              className="stroke-status-stale"
              strokeDasharray="3 3"
              strokeWidth={1.5}
            />
            <path
              d={`M ${x(event.occurredOn.getTime())} ${H - PAD.bottom + 2} l -5 8 h 10 z`}
              className="fill-status-stale"
            />
          </g>
        ))}
        {reviews.length > 1 ? (
          <polyline points={line} fill="none" className="stroke-foreground" strokeWidth={2} />
        ) : null}
        {reviews.map((review) => (
          <circle
            key={review.id}
            cx={x(review.decidedAt.getTime())}
            cy={y(review.score)}
            r={5}
            className={`${decisionClass[review.decision]} stroke-background`}
            strokeWidth={1.5}
          >
            <title>{`${formatDay(review.decidedAt)}: ${reviewDecisionLabels[review.decision]}, ${review.score}/100`}</title>
          </circle>
        ))}
        <text x={PAD.left} y={H - 4} className="fill-muted-foreground text-[10px]">
          {formatDay(new Date(min))}
        </text>
        <text x={W - PAD.right} y={H - 4} textAnchor="end" className="fill-muted-foreground text-[10px]">
          {formatDay(new Date(max))}
        </text>
      </svg>
      <figcaption
        id="chart-caption"
        className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted-foreground"
      >
        <span>Score at each review, coloured by its decision:</span>
        {(["GO", "NOT_YET", "NO_GO"] as const).map((decision) => (
          <span key={decision} className="inline-flex items-center gap-1.5">
            <svg viewBox="0 0 10 10" className="size-2.5" aria-hidden="true">
              <circle cx={5} cy={5} r={5} className={decisionClass[decision]} />
            </svg>
            {reviewDecisionLabels[decision]}
          </span>
        ))}
        <span>Dashed marks: outside events{from ? ` since ${formatDay(from)}` : ""}.</span>
      </figcaption>
      <ul className="sr-only">
        {[
          ...reviews.map((r) => ({
            key: r.id,
            at: r.decidedAt,
            text: `Review: ${reviewDecisionLabels[r.decision]}, ${r.score}/100`,
          })),
          ...events.map((e) => ({ key: e.id, at: e.occurredOn, text: `Event: ${e.title}` })),
        ]
          .sort((a, b) => a.at.getTime() - b.at.getTime())
          .map((entry) => (
            <li key={entry.key}>
              {formatDay(entry.at)}: {entry.text}
            </li>
          ))}
      </ul>
    </figure>
  );
}
