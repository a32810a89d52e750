import { inject, vi } from "vitest";

// Every worker talks to the test database the global setup made, never to the developer's own.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "test-secret-that-is-at-least-32-characters-long";
const serverUrl = inject("serverUrl");
if (serverUrl) process.env.PARLEY_TEST_SERVER_URL = serverUrl;

// Before anything imports lib/db.ts: the app's client counts its queries in tests.
const { installQueryCounter } = await import("./lib/testing/query-count");
installQueryCounter(inject("databaseUrl"));

// Outside a Next.js server there is no request: server actions read this one instead (lib/testing/fixtures.ts).
vi.mock("next/headers", async () => {
  const { request } = await import("./lib/testing/fixtures");
  return {
    cookies: async () => ({
      get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
      set: (name: string, value: string) => request.cookies.set(name, value),
      delete: (name: string) => request.cookies.delete(name),
    }),
    headers: async () => new Headers([...request.headers.entries()]),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
