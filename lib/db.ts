import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { getEnv } from "./env";
import { PrismaClient } from "./generated/prisma/client";

function createClient(): PrismaClient {
  const adapter = new PrismaPg({ connectionString: getEnv().DATABASE_URL, connectionTimeoutMillis: 5_000 });
  // Secrets never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true, totpSecret: true } } });
}

// One client per process; kept on globalThis in development so hot reloads don't open new pools.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.prisma ?? createClient();

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
