import { dateTimeFormat } from "../intl";
/**
 * The agenda as a timetable: each item's clock time in the venue's zone, counted from the
 * session's start. An item without a duration has a start but no end, and the items after it
 * have no time at all, since nobody can say when they begin.
 */
export function timetable(
  startsAt: Date,
  timeZone: string,
  items: { durationMinutes: number | null }[],
): (string | null)[] {
  const clock = dateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  let next: number | null = startsAt.getTime();
  return items.map((item) => {
    if (next === null) return null;
    const start = next;
    next = item.durationMinutes ? start + item.durationMinutes * 60_000 : null;
    return next === null ? clock.format(start) : `${clock.format(start)}–${clock.format(next)}`;
  });
}

/** A session's agenda items, each with its clock time in venue time (null once a duration is missing). */
export function withSlots<I extends { durationMinutes: number | null }>(session: {
  startsAt: Date;
  timeZone: string;
  agendaItems: I[];
}): (I & { slot: string | null })[] {
  const slots = timetable(session.startsAt, session.timeZone, session.agendaItems);
  return session.agendaItems.map((item, index) => ({ ...item, slot: slots[index] ?? null }));
}
