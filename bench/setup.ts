/**
 * What every benchmark starts from: a fresh database (embedded in memory, or `<name>_bench` on the
 * server DATABASE_URL names), migrated, with one organization and a convener, and that convener's
 * member context for calling the data layer as the app does.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { startEmbeddedDatabase } from "../prisma/embedded";
import { migrate } from "../prisma/migrate";
import { databaseName, recreateDatabase, withDatabaseName } from "../prisma/test-database";

export async function benchDatabase() {
  const server = process.env.DATABASE_URL;
  const embedded = server ? undefined : await startEmbeddedDatabase("memory://");
  const url = server ? withDatabaseName(server, `${databaseName(server)}_bench`) : (embedded?.url ?? "");
  if (server) await recreateDatabase(url);
  await migrate(url);
  const seedDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const organization = await seedDb.organization.create({
    data: { slug: "bench", name: "Bench Institute (fictional)" },
  });
  const user = await seedDb.user.create({ data: { email: "bench@example.test", name: "Bench Convener" } });
  const member = await seedDb.member.create({
    data: { organizationId: organization.id, userId: user.id, role: "CONVENER" },
  });
  const context = {
    user: { id: user.id, email: user.email, name: user.name, twoFactorEnabled: false, signInId: "bench" },
    memberId: member.id,
    role: "CONVENER" as const,
    organizationId: organization.id,
    organizationSlug: organization.slug,
    organizationName: organization.name,
    twoFactorSatisfied: true,
  };
  /** Points the app's own modules (lib/db.ts) at the bench database, counting their queries. */
  const pointAppAtBench = async () => {
    process.env.DATABASE_URL = url;
    process.env.NEXTAUTH_SECRET ??= "bench-secret-that-is-at-least-32-characters";
    const { countQueries, installQueryCounter } = await import("../lib/testing/query-count");
    installQueryCounter(url);
    return countQueries;
  };
  const stop = async () => {
    await seedDb.$disconnect();
    const { db } = await import("../lib/db");
    await db.$disconnect();
    await embedded?.stop();
  };
  return { server: Boolean(server), seedDb, organization, context, pointAppAtBench, stop };
}

/** Runs `run` once to warm up, counts its queries, then times `runs` more: p50 and p95 in ms. */
export async function measure(
  run: () => Promise<unknown>,
  countQueries: (run: () => Promise<unknown>) => Promise<{ queries: number }>,
  runs: number,
) {
  await run();
  const { queries } = await countQueries(run);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (quantile: number) =>
    (times[Math.min(times.length - 1, Math.floor(quantile * times.length))] ?? 0).toFixed(1);
  return { queries, p50: at(0.5), p95: at(0.95) };
}
