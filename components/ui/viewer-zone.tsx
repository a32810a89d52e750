"use client";

import { useRouter } from "next/navigation";
import { createContext, type ReactNode, useEffect, useState } from "react";
import { VIEWER_ZONE_COOKIE, VIEWER_ZONE_MAX_AGE } from "@/lib/viewer-zone";

export const ViewerZone = createContext<string | null>(null);

/**
 * The viewer's time zone for every moment below it. The server draws each moment in the zone the
 * cookie names (lib/viewer-zone.ts), so the first byte already reads in the viewer's time. The
 * browser checks it once, after hydration. Where its clock agrees with the cookie's zone now and
 * half a year on (`check`: the instants and the zone's offsets there, in minutes), the page is right
 * and nothing more is asked: naming the zone takes an Intl.DateTimeFormat, whose first making costs
 * the browser 35-100 ms on every page. Otherwise (a first visit, or its owner has travelled) it asks,
 * writes the cookie, and has the server draw the page again in the new zone.
 */
export function ViewerZoneProvider({
  zone,
  check,
  children,
}: {
  zone: string | null;
  check: { instants: number[]; offsets: number[] } | null;
  children: ReactNode;
}) {
  const [current, setCurrent] = useState(zone);
  const router = useRouter();
  useEffect(() => {
    if (zone && check?.instants.every((at, i) => -new Date(at).getTimezoneOffset() === check.offsets[i])) return;
    const actual = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!actual || actual === zone) return;
    const cookie = `${VIEWER_ZONE_COOKIE}=${actual}`;
    // Written already, yet the server drew no zone: it does not know this one. Drawing again would loop.
    const known = document.cookie.split("; ").includes(cookie);
    const secure = window.location.protocol === "https:" ? "; secure" : "";
    // biome-ignore lint/suspicious/noDocumentCookie: a plain, non-secret preference; the Cookie Store API is not in every browser this serves.
    document.cookie = `${cookie}; path=/; max-age=${VIEWER_ZONE_MAX_AGE}; samesite=lax${secure}`;
    setCurrent(actual);
    if (!known) router.refresh();
  }, [zone, check, router]);
  return <ViewerZone value={current}>{children}</ViewerZone>;
}
