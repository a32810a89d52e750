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

/**
 * RFC 5545 TEXT: backslash, semicolon and comma escaped, every line break (CRLF, LF or a bare CR)
 * written as \n, and every other control character dropped, since TEXT admits none but tab. A
 * bare CR left in would end the line for lenient parsers and let a title add properties.
 */
const escapeText = (value: string) =>
  value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n|\u0085|\u2028|\u2029/g, "\\n")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g, "");

/**
 * Lines longer than 75 octets are folded (RFC 5545 §3.1): the break goes between characters,
 * never inside one's UTF-8 bytes, and each continuation line starts with a space.
 */
function fold(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, "utf8");
    const limit = lines.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      lines.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join("\r\n ");
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
