import "server-only";
/**
 * The reading half of the importer: a file read, mapped and checked against the organization's
 * people, for the report the import page shows (and again by the import itself, lib/imports/data.ts).
 */
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import type { Tx } from "../data-writes";
import { visibleInterlocutorSql } from "../interlocutors/access";
import { searchNamesOf } from "../interlocutors/romanize";
import type { Db } from "../prisma-client";
import { type ColumnMapping, suggestMapping } from "./fields";
import { type ImportProblem, type PlannedPerson, planImport } from "./plan";
import { readCsv } from "./read";
import type { importSchema } from "./schema";

export type Input = z.output<typeof importSchema>;
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

export const chunks = <T>(items: T[], size = BATCH) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

export const fold = (value: string) => value.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

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
export const decisionFor = (input: Input, line: number) =>
  input.decisions[String(line)] ?? (input.rest === "new" ? "new" : undefined);

/** Reads, maps and checks a file, all of it, against the organization's people: what both the check and the import start from. */
export async function analyse(client: Client, context: MemberContext, input: Input) {
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

export async function institutionsToCreate(client: Client, context: MemberContext, people: PlannedPerson[]) {
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
