import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { EMPTY_STYLE_HASH, SONNER_STYLE_HASH } from "./lib/style-hashes";
import { proxy } from "./proxy";

const url = process.env.NEXTAUTH_URL;
const env = process.env as Record<string, string | undefined>;
const mode = env.NODE_ENV;

afterEach(() => {
  process.env.NEXTAUTH_URL = url;
  env.NODE_ENV = mode;
});

describe("the hardening headers", () => {
  it("send HSTS only when Parley is served over HTTPS", () => {
    env.NODE_ENV = "production";
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    expect(proxy(new NextRequest("http://localhost:3000/")).headers.get("strict-transport-security")).toBeNull();
    process.env.NEXTAUTH_URL = "https://parley.example.org";
    expect(proxy(new NextRequest("https://parley.example.org/")).headers.get("strict-transport-security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
  });

  it("allow in production no inline styles but the page's nonce and Sonner's stylesheet", () => {
    env.NODE_ENV = "production";
    const response = proxy(new NextRequest("http://localhost:3000/"));
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain(`style-src 'self' 'nonce-${nonce}' '${SONNER_STYLE_HASH}' '${EMPTY_STYLE_HASH}';`);
    expect(csp).not.toContain("unsafe-inline");
  });
});
