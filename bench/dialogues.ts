/**
 * How the dialogue pages' reads behave with 500 dialogues in one organization (issue: "the pages stay
 * responsive with 500 dialogues"). Seeds a fresh database, then times each read and counts its
 * queries. Timings are for reading, not for asserting: these machines are noisy.
 *
 *   npm run bench                      # embedded database
 *   DATABASE_URL=postgresql://… npm run bench   # <name>_bench on that server
 */
import { performance } from "node:perf_hooks";
import { checklistTemplate } from "../lib/readiness/template";
import { benchDatabase, measure } from "./setup";

const DIALOGUES = Number(process.env.BENCH_DIALOGUES ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const statuses = ["PROSPECTIVE", "EXPLORING", "PLANNING", "READY", "ACTIVE", "SUSPENDED", "CANCELLED"] as const;
const itemStatuses = ["OPEN", "IN_PROGRESS", "ANSWERED", "BLOCKED"] as const;

const { server, seedDb, organization, context, pointAppAtBench, stop } = await benchDatabase();
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

const countQueries = await pointAppAtBench();
const { getDashboard } = await import("../lib/dialogues/dashboard");
const { listDialogues } = await import("../lib/dialogues/reads");
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
  const { queries, p50, p95 } = await measure(run, countQueries, RUNS);
  console.log(`${name.padEnd(40)} ${String(queries).padStart(7)} ${p50.padStart(8)} ${p95.padStart(8)}`);
}
await stop();
