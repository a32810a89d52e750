import { describe, expect, it } from "vitest";
import { parseViewerZone, zoneCheckInstants, zoneOffsets } from "./viewer-zone";

describe("parseViewerZone", () => {
  it("takes a zone the platform knows", () => {
    expect(parseViewerZone("Asia/Tokyo")).toBe("Asia/Tokyo");
    expect(parseViewerZone("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos_Aires");
    expect(parseViewerZone("Etc/GMT+5")).toBe("Etc/GMT+5");
    expect(parseViewerZone("UTC")).toBe("UTC");
  });

  it("refuses anything else, so a forged cookie draws the page in UTC", () => {
    expect(parseViewerZone(undefined)).toBeNull();
    expect(parseViewerZone("")).toBeNull();
    expect(parseViewerZone("Mars/Olympus")).toBeNull();
    expect(parseViewerZone("Asia/Tokyo; secure")).toBeNull();
    expect(parseViewerZone("<script>")).toBeNull();
    expect(parseViewerZone(`Europe/${"x".repeat(80)}`)).toBeNull();
  });
});

describe("zoneOffsets", () => {
  it("gives a zone's minutes ahead of UTC at each instant, daylight saving included", () => {
    const winter = Date.UTC(2027, 0, 15, 12);
    const summer = Date.UTC(2027, 6, 15, 12);
    expect(zoneOffsets("Europe/Oslo", [winter, summer])).toEqual([60, 120]);
    expect(zoneOffsets("Asia/Tokyo", [winter, summer])).toEqual([540, 540]);
    expect(zoneOffsets("America/St_Johns", [winter, summer])).toEqual([-210, -150]);
    expect(zoneOffsets("UTC", [winter])).toEqual([0]);
  });

  it("checks now, to the minute, and half a year on", () => {
    const [now, later] = zoneCheckInstants(new Date("2027-01-15T12:34:56.789Z"));
    expect(new Date(now).toISOString()).toBe("2027-01-15T12:34:00.000Z");
    expect(new Date(later).toISOString()).toBe("2027-07-16T12:34:00.000Z");
  });
});
