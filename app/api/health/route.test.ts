import { afterEach, describe, expect, it, vi } from "vitest";
import { freePort } from "@/prisma/embedded";

const original = process.env.DATABASE_URL;

afterEach(() => {
  process.env.DATABASE_URL = original;
  delete (globalThis as { prisma?: unknown }).prisma;
  vi.resetModules();
});

async function loadRoute() {
  delete (globalThis as { prisma?: unknown }).prisma;
  vi.resetModules();
  return import("./route");
}

describe("GET /api/health", () => {
  it("answers 200 when the database is reachable", async () => {
    const { GET } = await loadRoute();
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503, without internals, when it is not", async () => {
    process.env.DATABASE_URL = `postgresql://parley:pw@127.0.0.1:${await freePort()}/parley`;
    const { GET } = await loadRoute();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "unavailable", database: "unreachable" });
  });
});
