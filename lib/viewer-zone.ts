import { isTimeZone, offsetMs } from "./time";

/**
 * The viewer's time zone, as their browser reported it on an earlier page (components/ui/viewer-zone.tsx
 * writes it). With it the server draws every moment in the viewer's zone from the first byte, so the
 * page neither shows UTC first nor draws its times a second time once the browser has said its zone.
 * It names a zone and nothing else: it is neither a secret nor a setting.
 */
export const VIEWER_ZONE_COOKIE = "parley-tz";

/** A year: a browser's zone changes when its owner travels, and the page corrects the cookie then. */
export const VIEWER_ZONE_MAX_AGE = 60 * 60 * 24 * 365;

/** The cookie's zone if it is one the platform knows (an IANA name such as Europe/Oslo), else null. */
export function parseViewerZone(value: string | undefined): string | null {
  if (!value || value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) return null;
  return isTimeZone(value) ? value : null;
}

/** Instants a browser checks its clock at (now and half a year on, across any daylight saving), in ms. */
export function zoneCheckInstants(now: Date): [number, number] {
  const at = Math.floor(now.getTime() / 60_000) * 60_000;
  return [at, at + 182 * 24 * 60 * 60 * 1000];
}

/**
 * The zone's distance ahead of UTC at each of the instants, in minutes: what a browser in that zone
 * reads as -getTimezoneOffset() there. A browser whose clock agrees at both draws the same times,
 * so it need not ask Intl its zone's name, which costs it 35-100 ms the first time on each page.
 */
export function zoneOffsets(zone: string, instants: readonly number[]): number[] {
  return instants.map((at) => Math.round(offsetMs(new Date(at), zone) / 60_000));
}
