import type { Db } from "../prisma-client";
import { createPrismaClient } from "../prisma-client";

let queries = 0;

/**
 * Makes the app's lib/db.ts use a client that counts every operation it sends, model and raw
 * alike. Call it before anything imports lib/db.ts (the Vitest setup file and the benchmark do).
 */
export function installQueryCounter(connectionString: string): void {
  const counting = createPrismaClient(connectionString).$extends({
    query: {
      async $allOperations({ args, query }) {
        queries++;
        return query(args);
      },
    },
  });
  (globalThis as unknown as { prisma?: Db }).prisma = counting as unknown as Db;
}

/** Runs `run` and says how many queries it sent. */
export async function countQueries<T>(run: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const start = queries;
  const result = await run();
  return { result, queries: queries - start };
}
