import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("safeCallbackUrl", () => {
  it.each([
    "/\\evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "\\\\evil.example",
    "//evil.example",
    "///evil.example",
    " //evil.example",
    "https://evil.example/o/x",
    "http:evil.example",
    "https:/evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//parley.invalid@evil.example",
    "/%09/evil.example/",
  ])("refuses %j", (hostile) => {
    // Whatever comes back is a path that a browser keeps on this origin, whichever scheme the site uses.
    const result = safeCallbackUrl(hostile);
    expect(result).toMatch(/^\/(?![/\\])/);
    for (const site of ["https://parley.example.org", "http://localhost:3000"]) {
      expect(new URL(result, site).origin).toBe(site);
    }
  });

  it.each([
    ["/o/skerry/dialogues?q=north#top", "/o/skerry/dialogues?q=north#top"],
    ["/account", "/account"],
    ["relative/path", "/relative/path"],
    ["", "/"],
    [undefined, "/"],
    [["/a", "/b"], "/"],
  ])("keeps %j on this site as %j", (value, expected) => {
    expect(safeCallbackUrl(value)).toBe(expected);
  });
});

describe("the sign-in page's search parameters", () => {
  it("default to the start page and keep only same-site paths", async () => {
    const { signInSearchSchema } = await import("../accounts/schema");
    expect(signInSearchSchema.parse({})).toEqual({ callbackUrl: "/" });
    expect(signInSearchSchema.parse({ callbackUrl: "/o/x" })).toEqual({ callbackUrl: "/o/x" });
    expect(signInSearchSchema.parse({ callbackUrl: ["/a", "/b"] })).toEqual({ callbackUrl: "/" });
    expect(signInSearchSchema.parse({ callbackUrl: "/\\evil.example/" })).toEqual({ callbackUrl: "/" });
  });
});
