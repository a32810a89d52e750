import "server-only";
import { getEnv } from "./env";
import { createPrismaClient, type Db } from "./prisma-client";

// One client per process, kept on globalThis in development so hot reloads don't open new pools.
// Tests and the benchmark put a query-counting client there first (lib/testing/query-count.ts).
const globalForPrisma = globalThis as unknown as { prisma?: Db };

export const db = globalForPrisma.prisma ?? createPrismaClient(getEnv().DATABASE_URL);

if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;
