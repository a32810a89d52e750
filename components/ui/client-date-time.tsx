"use client";

import { useContext } from "react";
import { type DateTimeProps, dateText, machineDate } from "@/lib/date-text";
import { ViewerZone } from "./viewer-zone";

/** <DateTime> inside a client component: the same text, drawn in the zone ViewerZoneProvider holds. */
export function ClientDateTime({ value, timeZone, dateOnly }: DateTimeProps) {
  const date = typeof value === "string" ? new Date(value) : value;
  const viewerZone = useContext(ViewerZone);
  return <time dateTime={machineDate(date, dateOnly)}>{dateText(date, { timeZone, dateOnly, viewerZone })}</time>;
}
