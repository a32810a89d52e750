"use client";

import { createContext, type ReactNode, useEffect, useState } from "react";
import { VIEWER_ZONE_COOKIE, VIEWER_ZONE_MAX_AGE } from "@/lib/viewer-zone";

export const ViewerZone = createContext<string | null>(null);

/**
 * The viewer's time zone for every moment below it. The server passes the zone its cookie names
 * (lib/viewer-zone.ts), so the first byte already reads in the viewer's time. The browser checks it
 * once, after hydration: on a first visit, or after its owner has travelled, it writes the cookie
 * and draws the page's moments again in its own zone. It asks once per page: each DateTime used to
 * make a formatter of its own to learn the zone, then set state and render a second time.
 */
export function ViewerZoneProvider({ zone, children }: { zone: string | null; children: ReactNode }) {
  const [current, setCurrent] = useState(zone);
  useEffect(() => {
    const actual = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!actual || actual === zone) return;
    const secure = window.location.protocol === "https:" ? "; secure" : "";
    // biome-ignore lint/suspicious/noDocumentCookie: a plain, non-secret preference; the Cookie Store API is not in every browser this serves.
    document.cookie = `${VIEWER_ZONE_COOKIE}=${actual}; path=/; max-age=${VIEWER_ZONE_MAX_AGE}; samesite=lax${secure}`;
    setCurrent(actual);
  }, [zone]);
  return <ViewerZone value={current}>{children}</ViewerZone>;
}
