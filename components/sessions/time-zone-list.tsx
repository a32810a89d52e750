"use client";

import { useEffect, useState } from "react";

/**
 * The IANA time zones the session form's "Venue time zone" field suggests (list="time-zones").
 * Built in the browser after the page loads: suggestions are only needed once someone types, and
 * sent from the server the 446 options cost about 45 KB of every sessions page, twice over (the
 * HTML and the RSC payload).
 */
export function TimeZoneList() {
  const [zones, setZones] = useState<string[]>([]);
  useEffect(() => setZones(Intl.supportedValuesOf("timeZone")), []);
  return (
    <datalist id="time-zones">
      {zones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}
