import { dateTimeFormat } from "./intl";
import { formatDay } from "./time";

/** Each zone's formatter, by a key far cheaper to make than dateTimeFormat's: a page of 50 rows asks 200 times. */
const moments = new Map<string, Intl.DateTimeFormat>();

/** A moment to the minute in `timeZone`, with the zone's short name when `withZone`. */
function format(date: Date, timeZone: string, withZone: boolean) {
  const key = withZone ? `${timeZone} named` : timeZone;
  let formatter = moments.get(key);
  if (!formatter) {
    formatter = dateTimeFormat("en-GB", {
      timeZone,
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: withZone ? "short" : undefined,
    });
    // Only a zone the platform knows gets here (an unknown one throws above): a bounded set.
    moments.set(key, formatter);
  }
  return formatter.format(date);
}

/**
 * The text of a date or a moment, as <DateTime> shows it. A date alone (a due date, stored as a UTC
 * day) reads the same everywhere. A moment reads in the viewer's zone (UTC, said so, while it is
 * unknown); with `timeZone` (a session's venue) it reads in venue time, and adds the viewer's time
 * where the two differ.
 */
export function dateText(
  date: Date,
  options: { timeZone?: string; dateOnly?: boolean; viewerZone: string | null },
): string {
  if (options.dateOnly) return formatDay(date);
  const { timeZone, viewerZone } = options;
  if (timeZone) {
    const there = format(date, timeZone, false);
    const differs = viewerZone && viewerZone !== timeZone && format(date, viewerZone, false) !== there;
    return `${there} (${timeZone})${differs ? ` · your time ${format(date, viewerZone, true)}` : ""}`;
  }
  return viewerZone ? format(date, viewerZone, true) : `${format(date, "UTC", false)} UTC`;
}

/** What <DateTime> and <ClientDateTime> take: a moment (or a day, `dateOnly`), and a venue's zone. */
export type DateTimeProps = { value: Date | string; timeZone?: string; dateOnly?: boolean };

/** The `dateTime` attribute of the <time> element: the day alone, or the instant. */
export function machineDate(date: Date, dateOnly?: boolean): string {
  return dateOnly ? date.toISOString().slice(0, 10) : date.toISOString();
}
