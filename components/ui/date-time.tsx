"use client";

import { useContext } from "react";
import { dateTimeFormat } from "@/lib/intl";
import { ViewerZone } from "./viewer-zone";

const format = (date: Date, timeZone: string, withZone: boolean) =>
  dateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: withZone ? "short" : undefined,
  }).format(date);

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
    const day = dateTimeFormat("en-GB", { timeZone: "UTC", dateStyle: "medium" }).format(date);
    return <time dateTime={date.toISOString().slice(0, 10)}>{day}</time>;
  }
  return <Moment date={date} timeZone={timeZone} />;
}

function Moment({ date, timeZone }: { date: Date; timeZone?: string }) {
  const iso = date.toISOString();
  const viewerZone = useContext(ViewerZone);
  if (timeZone) {
    const venue = `${format(date, timeZone, false)} (${timeZone})`;
    const differs = viewerZone && format(date, viewerZone, false) !== format(date, timeZone, false);
    return (
      <time dateTime={iso}>
        {venue}
        {differs ? ` · your time ${format(date, viewerZone, true)}` : ""}
      </time>
    );
  }
  return (
    <time dateTime={iso}>{viewerZone ? format(date, viewerZone, true) : `${format(date, "UTC", false)} UTC`}</time>
  );
}
