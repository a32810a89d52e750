/**
 * CSV import of 10,000 rows (#12: "importing 10,000 rows takes under a minute"). Seeds a fresh
 * database with 10,000 people already on record (so the duplicate check searches a real
 * registry), writes a file of 10,000 rows (8,000 fictional people, 2,000 of them with a second
 * post), then times the check and the import exactly as the import page runs them: the check on
 * its own, and the import as one audited transaction, each counting its SQL statements.
 *
 *   npm run bench:import                              # embedded database
 *   DATABASE_URL=postgresql://… npm run bench:import  # <name>_bench on that server
 */
import { performance } from "node:perf_hooks";
import { searchNamesOf } from "../lib/interlocutors/romanize";
import { benchDatabase } from "./setup";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const LIMIT_MS = 60_000;

const { server, seedDb, organization, context, pointAppAtBench, stop } = await benchDatabase();
/** A small deterministic generator (mulberry32): the same fictional names on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const onsets = "b c d f g h j k l m n p r s t v w z br st th".split(" ");
const vowels = "a e i o u ae ei ou y".split(" ");
const word = (next: () => number, syllables: number) => {
  let text = "";
  for (let i = 0; i < syllables; i++)
    text += (onsets[Math.floor(next() * onsets.length)] ?? "") + (vowels[Math.floor(next() * vowels.length)] ?? "");
  return text.charAt(0).toUpperCase() + text.slice(1);
};
/** Fictional names, unique within a list, unlike any real person's by construction. */
function names(seed: number, count: number) {
  const next = random(seed);
  const seen = new Set<string>();
  while (seen.size < count) seen.add(`${word(next, 2)} ${word(next, 2 + Math.floor(next() * 2))}`);
  return [...seen];
}

const onRecord = names(1, 10_000);
for (let start = 0; start < onRecord.length; start += 5000) {
  await seedDb.interlocutor.createMany({
    data: onRecord.slice(start, start + 5000).map((name) => ({
      name,
      organizationId: organization.id,
      category: "OUTSIDE_EXPERT" as const,
      searchNames: searchNamesOf({ name, originalName: "", alternateSpellings: [] }),
    })),
  });
}
await seedDb.$executeRawUnsafe(`ANALYZE "Interlocutor"`);

const people = Math.round(ROWS * 0.8);
const incoming = names(2, people);
const lines = ["Name,Category,Nationality,Institution,Post title,Post from,Post until,Source"];
for (let i = 0; i < people; i++) {
  const name = incoming[i] as string;
  const institution = `Institute ${i % 400}`;
  if (i < ROWS - people) {
    lines.push(`${name},Former official,Eastmarch,${institution},Director,2015-01-01,2019-12-31,Annual report`);
    lines.push(`${name},Former official,Eastmarch,Ministry ${i % 50},Adviser,2020-01-01,,"Letter, 2020"`);
  } else lines.push(`${name},Outside expert,,${institution},Fellow,2021-06-01,,Website`);
}
const csv = `${lines.join("\r\n")}\r\n`;

const countQueries = await pointAppAtBench();
const { inspectImport } = await import("../lib/imports/check");
const { importInterlocutors } = await import("../lib/imports/data");
const { recordAudit } = await import("../lib/audit");
const { db } = await import("../lib/db");
const input = { fileName: "bench.csv", csv, decisions: {}, rest: "new" as const };

let report: Awaited<ReturnType<typeof inspectImport>> | undefined;
const checkStart = performance.now();
const checked = await countQueries(async () => {
  report = await inspectImport(db, context, input);
});
const checkMs = performance.now() - checkStart;

let summary: unknown;
const importStart = performance.now();
const imported = await countQueries(() =>
  db.$transaction(
    async (tx) => {
      const result = await importInterlocutors(tx, context, input);
      await recordAudit(tx, { organizationId: context.organizationId, actorId: context.user.id, ...result.audit });
      summary = result.data;
    },
    { timeout: 120_000, maxWait: 10_000 },
  ),
);
const importMs = performance.now() - importStart;

console.log(`Database: ${server ? "PostgreSQL" : "embedded"}; 10,000 people already on record.`);
console.log(
  `File: ${ROWS} rows, ${(Buffer.byteLength(csv) / 1024).toFixed(0)} KB; ${report?.people} people, ${report?.posts} posts, ${report?.newInstitutions} new institutions, ${report?.problemCount} problems, ${report?.duplicateCount} possible duplicates.`,
);
console.log(`Check:  ${Math.round(checkMs)} ms, ${checked.queries} SQL statements.`);
console.log(`Import: ${Math.round(importMs)} ms, ${imported.queries} SQL statements; ${JSON.stringify(summary)}`);
const total = checkMs + importMs;
console.log(`Check and import together: ${(total / 1000).toFixed(1)} s (limit ${LIMIT_MS / 1000} s).`);
await stop();
if (total > LIMIT_MS) {
  console.error("Over the limit.");
  process.exit(1);
}
