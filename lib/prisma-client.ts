import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

/**
 * A Prisma client on the pg adapter. Secrets never leave the database unless a query asks for
 * them by name. The app's one client is lib/db.ts; tests and the benchmark build theirs here too.
 */
export function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg({ connectionString, connectionTimeoutMillis: 5_000 });
  return new PrismaClient({
    adapter,
    omit: { user: { passwordHash: true, totpSecret: true, pendingTotpSecret: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;
