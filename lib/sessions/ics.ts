import type { AttributionRule } from "../generated/prisma/enums";
import { attributionRuleLabels } from "../labels";

type CalendarSession = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string;
  attributionRule: AttributionRule;
  dialogueTitle: string;
  agenda: { title: string; durationMinutes: number | null }[];
};

const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** RFC 5545 text: backslash, semicolon, comma and newline escaped. */
const escapeText = (value: string) =>
  value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

/** Lines longer than 75 octets are folded, continuation lines starting with a space. */
function fold(line: string): string {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest, "utf8") > 74) {
    let cut = 74;
    while (Buffer.byteLength(rest.slice(0, cut), "utf8") > 74) cut--;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts.join("\r\n ");
}

/**
 * One session as an iCalendar event. Times are in UTC; the venue's zone is named in the text. It
 * carries no participants' names, whatever the attribution rule, because calendars travel.
 */
export function sessionToIcs(session: CalendarSession, now = new Date()): string {
  const agenda = session.agenda.map(
    (item, index) => `${index + 1}. ${item.title}${item.durationMinutes ? ` (${item.durationMinutes} min)` : ""}`,
  );
  const description = [
    `${session.dialogueTitle}.`,
    `Attribution: ${attributionRuleLabels[session.attributionRule]}.`,
    `Venue time zone: ${session.timeZone}.`,
    ...(agenda.length ? ["Agenda:", ...agenda] : []),
  ].join("\n");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Parley//Dialogue sessions//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${session.id}@parley`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(session.startsAt)}`,
    `DTEND:${stamp(session.endsAt)}`,
    `SUMMARY:${escapeText(session.title)}`,
    ...(session.venue ? [`LOCATION:${escapeText(session.venue)}`] : []),
    `DESCRIPTION:${escapeText(description)}`,
    "CLASS:CONFIDENTIAL",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}
