import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import { Refusal, type Tx } from "../data-writes";
import { toDate } from "../form-values";
import { visibleInterlocutorSql } from "../interlocutors/access";
import { foldName, searchNamesOf } from "../interlocutors/romanize";
import type { Db } from "../prisma-client";
import { type ColumnMapping, suggestMapping } from "./fields";
import { type ImportProblem, type PlannedPerson, planImport } from "./plan";
import { readCsv } from "./read";
import type { importSchema } from "./schema";

type Input = z.output<typeof importSchema>;
type Client = Db | Tx;

/** How alike two folded names must be (pg_trgm word similarity, 0 to 1) to ask "new or same?". */
const DUPLICATE_SIMILARITY = 0.6;
/** Most problems and possible duplicates a report lists: the counts are always whole. */
const REPORT_LIMIT = 500;
const BATCH = 1000;

export type DuplicateMatch = { id: string; name: string; post: string | null };
export type PossibleDuplicate = { line: number; name: string; matches: DuplicateMatch[] };

/** What checking a file answers: how it was read, what it holds, and what stops it going in. */
export type ImportReport = {
  fileName: string;
  delimiter: "," | ";" | null;
  headers: string[];
  mapping: ColumnMapping;
  preview: { line: number; cells: string[] }[];
  rows: number;
  people: number;
  posts: number;
  newInstitutions: number;
  problems: ImportProblem[];
  problemCount: number;
  duplicates: PossibleDuplicate[];
  duplicateCount: number;
  /** People flagged as possible duplicates with no answer yet. */
  undecided: number;
  ready: boolean;
};

const chunks = <T>(items: T[], size = BATCH) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

const fold = (value: string) => value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** Existing people (those the member may see) whose spellings closely match each planned person's: one query for the whole file. */
async function findDuplicates(client: Client, context: MemberContext, people: PlannedPerson[]) {
  const lines: number[] = [];
  const spellings: string[] = [];
  for (const person of people) {
    for (const spelling of searchNamesOf(person.fields).split(" ").filter(Boolean)) {
      lines.push(person.line);
      spellings.push(spelling);
    }
  }
  if (spellings.length === 0) return new Map<number, DuplicateMatch[]>();
  const rows = await client.$queryRaw<{ line: number; id: string; name: string; post: string | null }[]>`
    WITH candidates AS (
      -- One trigram-index probe per spelling: the LIMIT keeps PostgreSQL from flattening the
      -- LATERAL into a join that compares every spelling with every person (21 s for 800 rows).
      SELECT s.line, c.id, c.name, max(c.score) AS score
      FROM unnest(${lines}::int[], ${spellings}::text[]) AS s(line, spelling)
      CROSS JOIN LATERAL (
        SELECT i.id, i.name, word_similarity(s.spelling, i."searchNames") AS score
        FROM "Interlocutor" i
        WHERE s.spelling <% i."searchNames" AND i."organizationId" = ${context.organizationId}
          AND ${visibleInterlocutorSql(context)}
        ORDER BY score DESC
        LIMIT 5
      ) c
      GROUP BY s.line, c.id, c.name
      HAVING max(c.score) >= ${DUPLICATE_SIMILARITY}
    ), ranked AS (
      SELECT *, row_number() OVER (PARTITION BY line ORDER BY score DESC, name, id) AS rank FROM candidates
    )
    SELECT r.line, r.id, r.name,
      (SELECT a.title || ', ' || inst.name FROM "Affiliation" a JOIN "Institution" inst ON inst.id = a."institutionId"
       WHERE a."interlocutorId" = r.id AND a."endsOn" IS NULL ORDER BY a."startsOn" DESC LIMIT 1) AS post
    FROM ranked r WHERE r.rank <= 5
    ORDER BY r.line, r.rank`;
  const matches = new Map<number, DuplicateMatch[]>();
  for (const row of rows) {
    const line = Number(row.line);
    matches.set(line, [...(matches.get(line) ?? []), { id: row.id, name: row.name, post: row.post }]);
  }
  return matches;
}

/** The answer for the person first on `line`: theirs, else "new" when the rest were answered so. */
const decisionFor = (input: Input, line: number) =>
  input.decisions[String(line)] ?? (input.rest === "new" ? "new" : undefined);

/** Reads, maps and checks a file, all of it, against the organization's people: what both the check and the import start from. */
async function analyse(client: Client, context: MemberContext, input: Input) {
  const table = readCsv(input.csv);
  if (!table.ok) {
    const problems = [{ line: table.line, column: "", message: table.message }];
    return { table: null, mapping: [], people: [], problems, duplicates: new Map<number, DuplicateMatch[]>() };
  }
  const mapping = input.mapping ?? suggestMapping(table.headers);
  const { people, problems } = planImport(table.headers, table.rows, mapping);
  if (problems.length > 0) return { table, mapping, people, problems, duplicates: new Map<number, DuplicateMatch[]>() };
  const duplicates = await findDuplicates(client, context, people);
  for (const [line, choice] of Object.entries(input.decisions)) {
    const options = duplicates.get(Number(line));
    if (choice !== "new" && !options?.some((match: DuplicateMatch) => match.id === choice))
      problems.push({
        line: Number(line),
        column: "",
        message: "Choose again whether this is someone new or the same person.",
      });
  }
  return { table, mapping, people, problems, duplicates };
}

async function institutionsToCreate(client: Client, context: MemberContext, people: PlannedPerson[]) {
  const existing = await client.institution.findMany({
    where: { organizationId: context.organizationId },
    select: { id: true, name: true },
    orderBy: { createdAt: "asc" },
  });
  const byName = new Map<string, string>();
  for (const institution of existing)
    if (!byName.has(fold(institution.name))) byName.set(fold(institution.name), institution.id);
  const wanted = new Map<string, { name: string; country: string; kind: string }>();
  for (const post of people.flatMap((person) => person.posts)) {
    const key = fold(post.institution);
    if (!byName.has(key) && !wanted.has(key))
      wanted.set(key, { name: post.institution, country: post.institutionCountry, kind: post.institutionKind });
  }
  return { byName, wanted };
}

export async function inspectImport(client: Client, context: MemberContext, input: Input): Promise<ImportReport> {
  const { table, mapping, people, problems, duplicates } = await analyse(client, context, input);
  const flagged = people
    .filter((person) => duplicates.has(person.line))
    .map((person) => ({ line: person.line, name: person.fields.name, matches: duplicates.get(person.line) ?? [] }));
  const undecided = flagged.filter((person) => !decisionFor(input, person.line)).length;
  const { wanted } =
    problems.length === 0 ? await institutionsToCreate(client, context, people) : { wanted: new Map() };
  return {
    fileName: input.fileName,
    delimiter: table?.delimiter ?? null,
    headers: table?.headers ?? [],
    mapping,
    preview: table?.rows.slice(0, 5) ?? [],
    rows: table?.rows.length ?? 0,
    people: people.length,
    posts: people.reduce((sum, person) => sum + person.posts.length, 0),
    newInstitutions: wanted.size,
    problems: problems.slice(0, REPORT_LIMIT),
    problemCount: problems.length,
    duplicates: flagged.slice(0, REPORT_LIMIT),
    duplicateCount: flagged.length,
    undecided,
    ready: problems.length === 0 && undecided === 0,
  };
}

const describe = (problem: ImportProblem) =>
  [problem.line ? `Line ${problem.line}` : null, problem.column ? `column “${problem.column}”` : null]
    .filter(Boolean)
    .join(", ")
    .concat(`: ${problem.message}`);

/** Posts a file gives to people already on record must not overlap the posts they hold: one query for all of them. */
async function overlapsWithExisting(tx: Tx, people: (PlannedPerson & { id: string })[]) {
  const ids = people.map((person) => person.id);
  if (ids.length === 0) return [];
  const held = await tx.affiliation.findMany({
    where: { interlocutorId: { in: ids } },
    select: { interlocutorId: true, title: true, startsOn: true, endsOn: true },
  });
  const problems: ImportProblem[] = [];
  for (const person of people) {
    for (const post of person.posts) {
      const starts = toDate(post.startsOn) as Date;
      const ends = toDate(post.endsOn);
      const clash = held.find(
        (other) =>
          other.interlocutorId === person.id &&
          (!ends || other.startsOn <= ends) &&
          (!other.endsOn || other.endsOn >= starts),
      );
      if (clash)
        problems.push({
          line: post.line,
          column: "",
          message: `Overlaps the post “${clash.title}” that the person already holds on record. Change the dates, or end that post first.`,
        });
    }
  }
  return problems;
}

/**
 * Imports a checked file in the caller's transaction, all or nothing: any problem, or any
 * possible duplicate without an answer, refuses the whole file. New people are created; people
 * answered "same" gain the file's spellings and posts; institutions are matched by name or
 * created. Every write is a batch, never a query per row.
 */
export async function importInterlocutors(tx: Tx, context: MemberContext, input: Input) {
  const { table, people, problems, duplicates } = await analyse(tx, context, input);
  const undecided = people.filter((person) => duplicates.has(person.line) && !decisionFor(input, person.line));
  if (problems.length > 0 || !table) {
    throw new Refusal(
      "INVALID",
      `Nothing was imported: the file has ${problems.length} problem${problems.length === 1 ? "" : "s"}.`,
      {
        csv: problems.slice(0, 10).map(describe),
      },
    );
  }
  if (undecided.length > 0) {
    throw new Refusal(
      "INVALID",
      "Nothing was imported: say for each possible duplicate whether it is someone new or the same person.",
      {
        decisions: undecided.slice(0, 10).map((person) => `Line ${person.line}: ${person.fields.name}`),
      },
    );
  }
  const same = people
    .filter((person) => duplicates.has(person.line) && decisionFor(input, person.line) !== "new")
    .map((person) => ({ ...person, id: decisionFor(input, person.line) as string }));
  const fresh = people
    .filter((person) => !duplicates.has(person.line) || decisionFor(input, person.line) === "new")
    .map((person) => ({ ...person, id: `imp${randomUUID().replaceAll("-", "")}` }));
  const answeredTwice = same.filter((person, index) => same.findIndex((other) => other.id === person.id) !== index);
  if (answeredTwice.length > 0) {
    throw new Refusal(
      "INVALID",
      "Nothing was imported: two people in the file were answered as the same person on record.",
      {
        decisions: answeredTwice.map(
          (person) => `Line ${person.line}: ${person.fields.name} is answered as someone another line already is.`,
        ),
      },
    );
  }
  const clashes = await overlapsWithExisting(tx, same);
  if (clashes.length > 0) {
    throw new Refusal(
      "INVALID",
      `Nothing was imported: ${clashes.length} post${clashes.length === 1 ? "" : "s"} overlap posts on record.`,
      {
        csv: clashes.slice(0, 10).map(describe),
      },
    );
  }

  const { byName, wanted } = await institutionsToCreate(tx, context, people);
  const newInstitutions = [...wanted.entries()].map(([key, institution]) => ({
    key,
    id: `imp${randomUUID().replaceAll("-", "")}`,
    ...institution,
  }));
  for (const batch of chunks(newInstitutions)) {
    await tx.institution.createMany({
      data: batch.map(({ key: _key, kind, ...institution }) => ({
        ...institution,
        kind: kind as "OTHER",
        organizationId: context.organizationId,
      })),
    });
  }
  for (const institution of newInstitutions) byName.set(institution.key, institution.id);

  for (const batch of chunks(fresh)) {
    await tx.interlocutor.createMany({
      data: batch.map(({ id, fields }) => ({
        ...fields,
        id,
        reviewBy: toDate(fields.reviewBy),
        searchNames: searchNamesOf(fields),
        organizationId: context.organizationId,
      })),
    });
  }
  if (same.length > 0) await addSpellings(tx, context, same);

  const posts = [...fresh, ...same].flatMap((person) =>
    person.posts.map((post) => ({
      organizationId: context.organizationId,
      interlocutorId: person.id,
      institutionId: byName.get(fold(post.institution)) as string,
      title: post.title,
      startsOn: toDate(post.startsOn) as Date,
      endsOn: toDate(post.endsOn),
      source: post.source,
      confidence: post.confidence,
      seniority: post.seniority,
    })),
  );
  for (const batch of chunks(posts)) await tx.affiliation.createMany({ data: batch });

  const summary = {
    fileName: input.fileName,
    rows: table.rows.length,
    peopleAdded: fresh.length,
    peopleMatched: same.length,
    posts: posts.length,
    institutionsAdded: newInstitutions.length,
  };
  return {
    data: summary,
    audit: {
      action: "interlocutor.imported",
      entity: "Import",
      entityId: `imp${randomUUID().replaceAll("-", "")}`,
      after: summary,
    },
  };
}

/** People answered "same" keep their record and gain the file's spellings: one statement for all of them. */
async function addSpellings(tx: Tx, context: MemberContext, same: (PlannedPerson & { id: string })[]) {
  const current = await tx.interlocutor.findMany({
    where: { id: { in: same.map((person) => person.id) }, organizationId: context.organizationId },
    select: { id: true, name: true, originalName: true, alternateSpellings: true },
  });
  const byId = new Map(current.map((person) => [person.id, person]));
  const updates = same.flatMap((person) => {
    const record = byId.get(person.id);
    if (!record) return [];
    const known = new Set([record.name, ...record.alternateSpellings].map(foldName));
    const added = [person.fields.name, ...person.fields.alternateSpellings].filter((spelling) => {
      const folded = foldName(spelling);
      if (!folded || known.has(folded)) return false;
      known.add(folded);
      return true;
    });
    const next = {
      name: record.name,
      originalName: record.originalName || person.fields.originalName,
      alternateSpellings: [...record.alternateSpellings, ...added],
    };
    return [
      {
        id: record.id,
        originalName: next.originalName,
        spellings: next.alternateSpellings,
        search: searchNamesOf(next),
      },
    ];
  });
  if (updates.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Interlocutor" AS i
    SET "originalName" = u."originalName", "alternateSpellings" = u.spellings, "searchNames" = u.search,
        version = i.version + 1, "updatedAt" = now()
    FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) AS u(id text, "originalName" text, spellings text[], search text)
    WHERE i.id = u.id AND i."organizationId" = ${context.organizationId}`;
}
