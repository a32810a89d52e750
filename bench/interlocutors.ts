/**
 * Interlocutor search among 100,000 people in one organization (#10: "search by any spelling finds
 * the person among 100,000 interlocutors, using an index"). Seeds a fresh database with fictional
 * Korean names written in Hangul (so each carries its derived RR and MR spellings), times the
 * search for one person by other spellings, and prints PostgreSQL's plan for it.
 *
 *   npm run bench:interlocutors                      # embedded database
 *   DATABASE_URL=postgresql://… npm run bench:interlocutors   # <name>_bench on that server
 */
import { performance } from "node:perf_hooks";
import { foldName, romanizeKoreanName, searchNamesOf } from "../lib/interlocutors/romanize";
import { benchDatabase, measure } from "./setup";

const PEOPLE = Number(process.env.BENCH_INTERLOCUTORS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const surnames = [..."김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나"];
const syllables = [
  ..."가나다라마바사아자하고노도로모보소오조호구누두루무부수우주후기니디리미비시이지히경명성영정준현민서윤",
];

const { server, seedDb, organization, context, pointAppAtBench, stop } = await benchDatabase();

const seedStart = performance.now();
const people: { name: string; originalName: string }[] = [];
for (let i = 0; people.length < PEOPLE; i++) {
  const original = `${surnames[i % surnames.length]}${syllables[Math.floor(i / surnames.length) % syllables.length]}${
    syllables[Math.floor(i / (surnames.length * syllables.length)) % syllables.length]
  }`;
  const romanized = romanizeKoreanName(original);
  if (romanized)
    people.push({ name: `${romanized.rr} ${Math.floor(i / 100_000) || ""}`.trim(), originalName: original });
}
const target = { name: "Ri Ha-neul", originalName: "리하늘" };
people[PEOPLE / 2] = target;
for (let start = 0; start < people.length; start += 5000) {
  await seedDb.interlocutor.createMany({
    data: people.slice(start, start + 5000).map((person) => ({
      ...person,
      organizationId: organization.id,
      category: "COUNTERPART_OFFICIAL" as const,
      searchNames: searchNamesOf({ ...person, alternateSpellings: [] }),
    })),
  });
}
// Need-to-know in play: 2,000 of them take part in dialogues, half of those in a restricted one
// whose team the searching convener is not on, so every search also checks who may be seen.
const seeded = await seedDb.interlocutor.findMany({
  where: { organizationId: organization.id },
  orderBy: { id: "asc" },
  take: 2000,
  select: { id: true },
});
for (const [index, restricted] of [false, true].entries()) {
  const dialogue = await seedDb.dialogue.create({
    data: { organizationId: organization.id, title: `Bench dialogue ${index}`, counterpart: "Eastmarch", restricted },
  });
  await seedDb.participant.createMany({
    data: seeded.slice(index * 1000, index * 1000 + 1000).map((person) => ({
      organizationId: organization.id,
      dialogueId: dialogue.id,
      interlocutorId: person.id,
      side: "COUNTERPART" as const,
      role: "MEMBER" as const,
    })),
  });
}
await seedDb.$executeRawUnsafe(`ANALYZE "Interlocutor"`);
await seedDb.$executeRawUnsafe(`ANALYZE "Participant"`);
const seedMs = performance.now() - seedStart;

const countQueries = await pointAppAtBench();
const { listInterlocutors } = await import("../lib/interlocutors/reads");
const { listRecentChanges } = await import("../lib/interlocutors/change-reads");
const { visibleInterlocutorSql } = await import("../lib/interlocutors/access");
const { Prisma } = await import("../lib/generated/prisma/client");

console.log(
  `Seeded ${people.length} interlocutors in ${Math.round(seedMs)} ms on ${server ? "PostgreSQL" : "the embedded database"}.`,
);
console.log(
  `${"search".padEnd(28)} ${"found".padStart(5)} ${"queries".padStart(7)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)}`,
);
for (const q of ["Rhee Haneul", "Lee Ha-neul", "Yi Ha Nŭl", "리하늘", undefined]) {
  const run = () => listInterlocutors(context, { q, page: 1 });
  const { rows } = await run();
  const { queries, p50, p95 } = await measure(run, countQueries, RUNS);
  const found = q
    ? rows[0]?.name === target.name
      ? "first"
      : rows.some((row) => row.name === target.name)
        ? "yes"
        : "NO"
    : "-";
  console.log(
    `${(q ?? "(no search, page 1)").padEnd(28)} ${found.padStart(5)} ${String(queries).padStart(7)} ${p50.padStart(8)} ${p95.padStart(8)}`,
  );
}

// The organization-wide list a convener opens beside the search, need-to-know applied.
for (const [label, run] of [["recent changes", () => listRecentChanges(context)]] as const) {
  const { queries, p50, p95 } = await measure(run, countQueries, RUNS);
  console.log(
    `${label.padEnd(28)} ${"-".padStart(5)} ${String(queries).padStart(7)} ${p50.padStart(8)} ${p95.padStart(8)}`,
  );
}

// The plan of the search query itself (listInterlocutors' first query, as the convener runs it,
// need-to-know included), for "Rhee Haneul".
const folded = foldName("Rhee Haneul");
const plan = await seedDb.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`
  EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
  SELECT i.id, count(*) OVER () AS total FROM "Interlocutor" i
  WHERE i."organizationId" = ${organization.id}
    AND (${folded} <% i."searchNames" OR i."searchNames" LIKE ${`%${folded}%`})
    AND ${visibleInterlocutorSql(context)}
  ORDER BY word_similarity(${folded}, i."searchNames") DESC, i.name ASC, i.id LIMIT 25 OFFSET 0`);
console.log(`\nEXPLAIN ANALYZE of the search for "Rhee Haneul" (folded: ${folded}):`);
for (const row of plan) console.log(`  ${row["QUERY PLAN"]}`);

await stop();
