import { expect, it } from "vitest";
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
