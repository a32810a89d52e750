"use client";

import { useEffect, useState } from "react";

/**
 * The IANA time zones the session form's "Venue time zone" field suggests (list="time-zones").
 * Built in the browser the first time a field that uses the list takes focus: suggestions are only
 * needed once someone types there. Sent from the server, the 446 options cost about 45 KB of every
 * sessions page, twice over (the HTML and the RSC payload); built as the page loaded, they were a
 * second render and layout of 400-odd elements while the page was becoming usable.
 */
export function TimeZoneList() {
  const [zones, setZones] = useState<string[]>([]);
  useEffect(() => {
    const wanted = (target: EventTarget | null) =>
      target instanceof HTMLInputElement && target.getAttribute("list") === "time-zones";
    const fill = (event: FocusEvent) => {
      if (!wanted(event.target)) return;
      setZones(Intl.supportedValuesOf("timeZone"));
      document.removeEventListener("focusin", fill);
    };
    // Focused before the page was interactive: no focusin will come for it.
    if (wanted(document.activeElement)) setZones(Intl.supportedValuesOf("timeZone"));
    else document.addEventListener("focusin", fill);
    return () => document.removeEventListener("focusin", fill);
  }, []);
  return (
    <datalist id="time-zones">
      {zones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}
