import { describe, expect, it } from "vitest";
import { defaultTimeZone, isTimeZone, utcToZonedInput, zonedToUtc } from "./time";

describe("venue time zones", () => {
  it("turn a venue's wall-clock time into UTC, across daylight saving", () => {
    expect(zonedToUtc("2027-01-15T09:30", "Europe/Stockholm").toISOString()).toBe("2027-01-15T08:30:00.000Z");
    expect(zonedToUtc("2027-07-15T09:30", "Europe/Stockholm").toISOString()).toBe("2027-07-15T07:30:00.000Z");
    expect(zonedToUtc("2027-07-15T09:30", "Asia/Seoul").toISOString()).toBe("2027-07-15T00:30:00.000Z");
    expect(zonedToUtc("2027-07-15T09:30", "UTC").toISOString()).toBe("2027-07-15T09:30:00.000Z");
  });

  it("round-trip back to the venue's wall clock", () => {
    const utc = zonedToUtc("2027-03-28T14:00", "Europe/Helsinki");
    expect(utcToZonedInput(utc, "Europe/Helsinki")).toBe("2027-03-28T14:00");
  });

  it("recognise real zones only", () => {
    expect(isTimeZone("Asia/Pyongyang")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});

describe("defaultTimeZone", () => {
  it("takes the zone named after the host city, a known venue, then the country, else UTC", () => {
    expect(defaultTimeZone({ hostCity: "Stockholm", hostCountry: "Sweden" })).toBe("Europe/Stockholm");
    expect(defaultTimeZone({ hostCity: "ulaanbaatar", hostCountry: "" })).toBe("Asia/Ulaanbaatar");
    expect(defaultTimeZone({ hostCity: "Kuala Lumpur", hostCountry: "Malaysia" })).toBe("Asia/Kuala_Lumpur");
    expect(defaultTimeZone({ hostCity: "Geneva", hostCountry: "Switzerland" })).toBe("Europe/Zurich");
    expect(defaultTimeZone({ hostCity: "Uppsala", hostCountry: "Sweden" })).toBe("Europe/Stockholm");
    expect(defaultTimeZone({ hostCity: "", hostCountry: "" })).toBe("UTC");
  });
});
