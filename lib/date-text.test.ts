import { describe, expect, it } from "vitest";
import { dateText, machineDate } from "./date-text";

describe("dateText", () => {
  const moment = new Date("2027-05-04T07:00:00Z");

  it("reads a day the same in every zone", () => {
    expect(dateText(moment, { dateOnly: true, viewerZone: "Asia/Tokyo" })).toBe("4 May 2027");
    expect(machineDate(moment, true)).toBe("2027-05-04");
  });

  it("reads a moment in the viewer's zone, or in UTC, said so, while the zone is unknown", () => {
    expect(dateText(moment, { viewerZone: "Asia/Tokyo" })).toBe("4 May 2027, 16:00 GMT+9");
    expect(dateText(moment, { viewerZone: null })).toBe("4 May 2027, 07:00 UTC");
    expect(machineDate(moment)).toBe("2027-05-04T07:00:00.000Z");
  });

  it("reads a session in venue time, adding the viewer's only where their clocks differ", () => {
    expect(dateText(moment, { timeZone: "Europe/Oslo", viewerZone: "Asia/Tokyo" })).toBe(
      "4 May 2027, 09:00 (Europe/Oslo) · your time 4 May 2027, 16:00 GMT+9",
    );
    expect(dateText(moment, { timeZone: "Europe/Oslo", viewerZone: "Europe/Berlin" })).toBe(
      "4 May 2027, 09:00 (Europe/Oslo)",
    );
    expect(dateText(moment, { timeZone: "Europe/Oslo", viewerZone: null })).toBe("4 May 2027, 09:00 (Europe/Oslo)");
  });
});
