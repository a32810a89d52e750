import { describe, expect, it } from "vitest";
import { parseViewerZone } from "./viewer-zone";

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
