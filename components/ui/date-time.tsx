import { type DateTimeProps, dateText, machineDate } from "@/lib/date-text";
import { requestViewerZone } from "@/lib/viewer-zone-request";

/**
 * The one way a page shows a date or a time (lib/date-text.ts says how each reads). Drawn on the
 * server in the zone the viewer's cookie names, it sends the browser text and no code: as a client
 * component, each page's hydration made the browser's first Intl.DateTimeFormat, 35-100 ms of its
 * main thread. A client component draws its dates with ClientDateTime instead.
 */
export async function DateTime({ value, timeZone, dateOnly }: DateTimeProps) {
  const date = typeof value === "string" ? new Date(value) : value;
  const viewerZone = dateOnly ? null : await requestViewerZone();
  return <time dateTime={machineDate(date, dateOnly)}>{dateText(date, { timeZone, dateOnly, viewerZone })}</time>;
}
