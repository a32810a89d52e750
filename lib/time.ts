/** Time-zone arithmetic with the platform's Intl data: no library, works offline. */
import { dateTimeFormat } from "./intl";

/** An IANA zone the platform knows. The formatter is cached: the layout checks a zone on every request. */
export function isTimeZone(timeZone: string): boolean {
  if (timeZone.length === 0) return false;
  try {
    dateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

function wallClock(date: Date, timeZone: string) {
  const parts = dateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** How far `timeZone`'s clock is ahead of UTC at `date`, in ms. */
export function offsetMs(date: Date, timeZone: string): number {
  const wall = wallClock(date, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** The UTC instant of a wall-clock time ("2027-03-02T09:30") at a venue in `timeZone`. */
export function zonedToUtc(local: string, timeZone: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`not a local date-time: ${local}`);
  const [, y, m, d, h, min] = match.map(Number) as [number, number, number, number, number, number];
  const guess = Date.UTC(y, m - 1, d, h, min);
  const first = offsetMs(new Date(guess), timeZone);
  const second = offsetMs(new Date(guess - first), timeZone);
  return new Date(guess - second);
}

/** The wall-clock time at the venue, in the form a datetime-local input takes. */
export function utcToZonedInput(date: Date, timeZone: string): string {
  const wall = wallClock(date, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

export function formatInZone(date: Date, timeZone: string): string {
  return dateTimeFormat("en-GB", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** Venues whose time zone IANA names after another city, and capitals that often host dialogues. */
const cityZones: Record<string, string> = {
  geneva: "Europe/Zurich",
  bern: "Europe/Zurich",
  lausanne: "Europe/Zurich",
  "the hague": "Europe/Amsterdam",
  washington: "America/New_York",
  "washington, d.c.": "America/New_York",
  beijing: "Asia/Shanghai",
  "new delhi": "Asia/Kolkata",
  delhi: "Asia/Kolkata",
  mumbai: "Asia/Kolkata",
  canberra: "Australia/Sydney",
  ottawa: "America/Toronto",
  kyiv: "Europe/Kyiv",
  hanoi: "Asia/Bangkok",
  "ho chi minh city": "Asia/Ho_Chi_Minh",
  "abu dhabi": "Asia/Dubai",
  doha: "Asia/Qatar",
  "kuala lumpur": "Asia/Kuala_Lumpur",
};

/** Countries in one time zone (or one that dialogues almost always meet in). */
const countryZones: Record<string, string> = {
  sweden: "Europe/Stockholm",
  norway: "Europe/Oslo",
  finland: "Europe/Helsinki",
  denmark: "Europe/Copenhagen",
  iceland: "Atlantic/Reykjavik",
  switzerland: "Europe/Zurich",
  germany: "Europe/Berlin",
  austria: "Europe/Vienna",
  netherlands: "Europe/Amsterdam",
  belgium: "Europe/Brussels",
  france: "Europe/Paris",
  "united kingdom": "Europe/London",
  ireland: "Europe/Dublin",
  italy: "Europe/Rome",
  spain: "Europe/Madrid",
  poland: "Europe/Warsaw",
  mongolia: "Asia/Ulaanbaatar",
  singapore: "Asia/Singapore",
  japan: "Asia/Tokyo",
  "south korea": "Asia/Seoul",
  "republic of korea": "Asia/Seoul",
  china: "Asia/Shanghai",
  vietnam: "Asia/Ho_Chi_Minh",
  thailand: "Asia/Bangkok",
  indonesia: "Asia/Jakarta",
  india: "Asia/Kolkata",
  qatar: "Asia/Qatar",
  "united arab emirates": "Asia/Dubai",
};

const normal = (value: string) => value.trim().toLocaleLowerCase().replace(/\s+/g, " ");

/**
 * The time zone a session at the dialogue's host city most likely keeps: the IANA zone named after
 * the city, a known venue, then the host country's zone; UTC when none is known, for the convener
 * to correct.
 */
export function defaultTimeZone(place: { hostCity: string; hostCountry: string }): string {
  const city = normal(place.hostCity);
  if (city) {
    const named = Intl.supportedValuesOf("timeZone").find(
      (zone) => normal((zone.split("/").pop() ?? "").replaceAll("_", " ")) === city,
    );
    if (named) return named;
    if (cityZones[city]) return cityZones[city];
  }
  return countryZones[normal(place.hostCountry)] ?? "UTC";
}

/**
 * A stored UTC day as people read it ("2 Jun 2026"). The formatter is made on first use, never as
 * the module loads: a browser's first Intl.DateTimeFormat on a page costs it 35-100 ms.
 */
export function formatDay(date: Date): string {
  return dateTimeFormat("en-GB", { timeZone: "UTC", dateStyle: "medium" }).format(date);
}
