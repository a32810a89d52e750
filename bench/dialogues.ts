/**
 * How the dialogue pages' reads behave with 500 dialogues in one organization (issue: "the pages stay
 * responsive with 500 dialogues"). Seeds a fresh database, then times each read and counts its
 * queries. Timings are for reading, not for asserting: these machines are noisy.
 *
 *   npm run bench                      # embedded database
 *   DATABASE_URL=postgresql://… npm run bench   # <name>_bench on that server
 */
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { checklistTemplate } from "../lib/readiness/template";
import { startEmbeddedDatabase } from "../prisma/embedded";
import { migrate } from "../prisma/migrate";
import { databaseName, recreateDatabase, withDatabaseName } from "../prisma/test-database";

const DIALOGUES = Number(process.env.BENCH_DIALOGUES ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const statuses = ["PROSPECTIVE", "EXPLORING", "PLANNING", "READY", "ACTIVE", "SUSPENDED", "CANCELLED"] as const;
const itemStatuses = ["OPEN", "IN_PROGRESS", "ANSWERED", "BLOCKED"] as const;

const server = process.env.DATABASE_URL;
const embedded = server ? undefined : await startEmbeddedDatabase("memory://");
const url = server ? withDatabaseName(server, `${databaseName(server)}_bench`) : (embedded?.url ?? "");
if (server) await recreateDatabase(url);
await migrate(url);

const seedDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
const organization = await seedDb.organization.create({ data: { slug: "bench", name: "Bench Institute (fictional)" } });
const user = await seedDb.user.create({ data: { email: "bench@example.test", name: "Bench Convener" } });
const member = await seedDb.member.create({
  data: { organizationId: organization.id, userId: user.id, role: "CONVENER" },
});
const seedStart = performance.now();
const dialogues = Array.from({ length: DIALOGUES }, (_, i) => ({
  id: `bench-dialogue-${i}`,
  organizationId: organization.id,
  title: `Dialogue ${String(i).padStart(3, "0")} on the northern shoals`,
  counterpart: i % 3 ? "Republic of Eastmarch" : "Federation of Westerly Isles",
  status: statuses[i % statuses.length] ?? "PROSPECTIVE",
  restricted: i % 10 === 0,
}));
await seedDb.dialogue.createMany({ data: dialogues });
await seedDb.checklistItem.createMany({
  data: dialogues.flatMap((dialogue, i) =>
    checklistTemplate.map((item, position) => ({
      organizationId: organization.id,
      dialogueId: dialogue.id,
      templateKey: item.key,
      position,
      question: item.question,
      weight: item.weight,
      status: itemStatuses[(i + position) % itemStatuses.length] ?? "OPEN",
      confidence: position % 2 ? ("HIGH" as const) : ("LOW" as const),
      dueDate: new Date(Date.UTC(2026, position, 1)),
    })),
  ),
});
await seedDb.session.createMany({
  data: dialogues.map((dialogue, i) => ({
    organizationId: organization.id,
    dialogueId: dialogue.id,
    title: "Next round",
    startsAt: new Date(Date.UTC(2027, i % 12, 1, 9)),
    endsAt: new Date(Date.UTC(2027, i % 12, 1, 17)),
    timeZone: "Europe/Oslo",
    attributionRule: "CHATHAM_HOUSE" as const,
  })),
});
const seedMs = performance.now() - seedStart;
await seedDb.$disconnect();

process.env.DATABASE_URL = url;
process.env.NEXTAUTH_SECRET ??= "bench-secret-that-is-at-least-32-characters";
const { countQueries, installQueryCounter } = await import("../lib/testing/query-count");
installQueryCounter(url);
const { getDashboard } = await import("../lib/dialogues/dashboard");
const { listDialogues } = await import("../lib/dialogues/reads");
const context = {
  user: { id: user.id, email: user.email, name: user.name, twoFactorEnabled: false, signInId: "bench" },
  memberId: member.id,
  role: "CONVENER" as const,
  organizationId: organization.id,
  organizationSlug: organization.slug,
  organizationName: organization.name,
  twoFactorSatisfied: true,
};
const pages = Math.ceil(DIALOGUES / 25);
const cases: [string, () => Promise<unknown>][] = [
  ["dialogue list, page 1, by last change", () => listDialogues(context, { sort: "updated", page: 1 })],
  ["dialogue list, last page, by title", () => listDialogues(context, { sort: "title", page: pages })],
  [
    "dialogue list, search + status filter",
    () => listDialogues(context, { q: "shoals", status: "PLANNING", sort: "status", page: 1 }),
  ],
  ["readiness board, page 1", () => getDashboard(context, 1)],
  ["readiness board, last page", () => getDashboard(context, pages)],
];

console.log(
  `Seeded ${DIALOGUES} dialogues, ${DIALOGUES * checklistTemplate.length} checklist items, ${DIALOGUES} sessions in ${Math.round(seedMs)} ms on ${server ? "PostgreSQL" : "the embedded database"}.`,
);
console.log(`${"read".padEnd(40)} ${"queries".padStart(7)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`);
for (const [name, run] of cases) {
  await run();
  const { queries } = await countQueries(run);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0).toFixed(1);
  console.log(`${name.padEnd(40)} ${String(queries).padStart(7)} ${at(0.5).padStart(8)} ${at(0.95).padStart(8)}`);
}
const { db } = await import("../lib/db");
await db.$disconnect();
await embedded?.stop();
