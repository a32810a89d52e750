"use client";

import { useContext } from "react";
import { dateTimeFormat } from "@/lib/intl";
import { ViewerZone } from "./viewer-zone";

/** Each zone's formatter, by a key far cheaper to make than dateTimeFormat's: a page of 50 rows asks 200 times. */
const moments = new Map<string, Intl.DateTimeFormat>();
const days = dateTimeFormat("en-GB", { timeZone: "UTC", dateStyle: "medium" });

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
 * The one way a page shows a date or a time. A date alone (a due date, stored as a UTC day) reads
 * the same everywhere. A moment reads in the viewer's own time zone (UTC until the browser has said
 * which: see ViewerZoneProvider); with `timeZone` (a session's venue) it reads in venue time first,
 * and adds the viewer's time where the two differ.
 */
export function DateTime({
  value,
  timeZone,
  dateOnly,
}: {
  value: Date | string;
  timeZone?: string;
  dateOnly?: boolean;
}) {
  const date = typeof value === "string" ? new Date(value) : value;
  if (dateOnly) {
    // A day needs no viewer's zone, so it holds no state: it is not drawn again after hydration.
    return <time dateTime={date.toISOString().slice(0, 10)}>{days.format(date)}</time>;
  }
  return <Moment date={date} timeZone={timeZone} />;
}

function Moment({ date, timeZone }: { date: Date; timeZone?: string }) {
  const iso = date.toISOString();
  const viewerZone = useContext(ViewerZone);
  if (timeZone) {
    const there = format(date, timeZone, false);
    const differs = viewerZone && viewerZone !== timeZone && format(date, viewerZone, false) !== there;
    return (
      <time dateTime={iso}>
        {`${there} (${timeZone})`}
        {differs ? ` · your time ${format(date, viewerZone, true)}` : ""}
      </time>
    );
  }
  return (
    <time dateTime={iso}>{viewerZone ? format(date, viewerZone, true) : `${format(date, "UTC", false)} UTC`}</time>
  );
}
