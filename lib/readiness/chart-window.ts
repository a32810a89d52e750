const DAY_MS = 86_400_000;

/** How long before its first review the readiness chart still draws outside events: what led up to it. */
export const CHART_LEAD_DAYS = 90;

/**
 * The stretch the readiness chart draws: from CHART_LEAD_DAYS before its first review to its last
 * review or event. A counterpart with years of recorded events would otherwise stretch the time
 * axis back over all of them and squeeze every review against the chart's right edge. `from` is
 * the window's start when it left events out, so that the chart can say so; otherwise null.
 */
export function chartWindow<E extends { occurredOn: Date }>(reviews: { decidedAt: Date }[], events: E[]) {
  if (reviews.length === 0) return { events, from: null };
  const first = Math.min(...reviews.map((review) => review.decidedAt.getTime()));
  const start = first - CHART_LEAD_DAYS * DAY_MS;
  const drawn = events.filter((event) => event.occurredOn.getTime() >= start);
  return { events: drawn, from: drawn.length < events.length ? new Date(start) : null };
}
