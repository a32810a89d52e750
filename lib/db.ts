import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { getEnv } from "./env";
import { type Prisma, PrismaClient } from "./generated/prisma/client";

function createClient() {
  const events = process.env.PARLEY_QUERY_EVENTS === "1";
  const adapter = new PrismaPg({ connectionString: getEnv().DATABASE_URL, connectionTimeoutMillis: 5_000 });
  // Secrets never leave the database unless a query asks for them by name.
  const client = new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true, totpSecret: true, pendingTotpSecret: true } },
    // Query events let tests and the benchmark count queries (no query per row); off otherwise.
    log: (events ? [{ emit: "event", level: "query" }] : []) satisfies Prisma.LogDefinition[],
  });
  if (events) {
    const counter = globalThis as unknown as { parleyQueries?: number };
    const on = client.$on as unknown as (event: "query", listener: () => void) => void;
    on.call(client, "query", () => {
      counter.parleyQueries = (counter.parleyQueries ?? 0) + 1;
    });
  }
  return client;
}

// One client per process; kept on globalThis in development so hot reloads don't open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof createClient> };

export const db = globalForPrisma.prisma ?? createClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

/** Counts the queries `run` sends. Needs PARLEY_QUERY_EVENTS=1 when the client is created. */
export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const counter = globalThis as unknown as { parleyQueries?: number };
  const start = counter.parleyQueries ?? 0;
  const result = await run();
  return { result, queries: (counter.parleyQueries ?? 0) - start };
}
