import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { sessionToIcs } from "./ics";

it("writes a valid UTC event with the agenda and attribution, escaped and folded", () => {
  const ics = sessionToIcs(
    {
      id: "s1",
      title: "Round 4; Stockholm, spring",
      startsAt: new Date("2027-03-02T08:30:00Z"),
      endsAt: new Date("2027-03-02T16:00:00Z"),
      timeZone: "Europe/Stockholm",
      venue: "Villa Solnäs, Stockholm",
      attributionRule: "CHATHAM_HOUSE",
      dialogueTitle: "Northern Peninsula Dialogue",
      agenda: [
        { title: "Opening", durationMinutes: 30 },
        {
          title: "Humanitarian access under the sanctions regime, with a long title that must be folded",
          durationMinutes: null,
        },
      ],
    },
    new Date("2027-01-01T00:00:00Z"),
  );
  expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
  expect(ics).toContain("DTSTART:20270302T083000Z\r\n");
  expect(ics).toContain("DTEND:20270302T160000Z\r\n");
  expect(ics).toContain("SUMMARY:Round 4\\; Stockholm\\, spring\r\n");
  expect(ics).toContain("LOCATION:Villa Solnäs\\, Stockholm\r\n");
  expect(ics.replace(/\r\n /g, "")).toContain(
    "Attribution: Chatham House.\\nVenue time zone: Europe/Stockholm.\\nAgenda:\\n1. Opening (30 min)\\n2. Humanitarian access",
  );
  for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
});

describe("hostile and long text", () => {
  const session = (title: string, venue = "Geneva") => ({
    id: "s2",
    title,
    startsAt: new Date("2027-03-02T08:30:00Z"),
    endsAt: new Date("2027-03-02T16:00:00Z"),
    timeZone: "Europe/Zurich",
    venue,
    attributionRule: "CHATHAM_HOUSE" as const,
    dialogueTitle: "Northern Peninsula Dialogue",
    agenda: [],
  });

  it("cannot add properties or events through a bare carriage return, even for CR-tolerant parsers", () => {
    const title = "Round 4\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:Injected\rATTENDEE:mailto:x@evil.example";
    const ics = sessionToIcs(session(title, "Geneva\r\nLOCATION:Elsewhere\u0000\u000b"));
    // A lenient reader splits lines on CR, LF or both: it must still see one event and one summary.
    const lines = ics.replace(/\r\n /g, "").split(/\r\n|\r|\n/);
    expect(lines.filter((line) => line.startsWith("BEGIN:VEVENT"))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith("SUMMARY:"))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith("ATTENDEE"))).toHaveLength(0);
    expect(lines.filter((line) => line.startsWith("LOCATION:"))).toHaveLength(1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);

    const [event, ...others] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
    expect(others).toHaveLength(0);
    expect(event?.getFirstPropertyValue("summary")).toBe(title.replaceAll("\r", "\n"));
    expect(event?.getFirstPropertyValue("location")).toBe("Geneva\nLOCATION:Elsewhere");
  });

  it("folds at 75 octets between characters, and a parser reads back exactly what went in", () => {
    const title = `${"평양 ".repeat(30)}— Round 5; “Tumen”, 🌊 ${"ä".repeat(40)}`;
    const ics = sessionToIcs(session(title));
    for (const line of ics.split("\r\n")) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent");
    expect(event?.getFirstPropertyValue("summary")).toBe(title);
    expect(event?.getFirstPropertyValue("dtstart")?.toString()).toBe("2027-03-02T08:30:00Z");
  });
});
