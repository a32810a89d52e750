import { expect, it } from "vitest";
import { timetable } from "./timetable";

it("counts each agenda item's clock time from the session's start, in venue time", () => {
  const start = new Date("2027-03-02T08:30:00Z"); // 09:30 in Oslo
  expect(
    timetable(start, "Europe/Oslo", [
      { durationMinutes: 30 },
      { durationMinutes: 90 },
      { durationMinutes: null },
      { durationMinutes: 15 },
    ]),
  ).toEqual(["09:30–10:00", "10:00–11:30", "11:30", null]);
  expect(timetable(start, "Asia/Seoul", [{ durationMinutes: 45 }])).toEqual(["17:30–18:15"]);
  expect(timetable(start, "UTC", [])).toEqual([]);
});
