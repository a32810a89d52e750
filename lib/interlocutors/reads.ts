import "server-only";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { visibleDialogues } from "../dialogues/access";
import { isId } from "../form-values";
import { Prisma } from "../generated/prisma/client";
import type { InterlocutorCategory } from "../generated/prisma/enums";
import { pageOf } from "../paging";
import { visibleInterlocutorSql, visibleInterlocutors } from "./access";
import { affiliationSelect, changeSelect, interlocutorSelect } from "./data";
import { foldName } from "./romanize";

/**
 * Lists of people count up to this: each person counted costs a need-to-know check (about 0.05 ms
 * each at 100,000 people), so "more than 200" is as far as a page view counts.
 */
export const PEOPLE_COUNT_CAP = 200;

export const INTERLOCUTOR_PAGE_SIZE = 25;

/** A person as lists, pickers and the export show them, with their post today in three columns. */
type ListedRow = {
  id: string;
  name: string;
  originalName: string;
  alternateSpellings: string[];
  category: InterlocutorCategory;
  nationality: string;
  languages: string[];
  tags: string[];
  postTitle: string | null;
  postStartsOn: Date | null;
  postInstitution: string | null;
};

/**
 * One page of the organization's interlocutors, each with their post today. With `q`, those whose
 * spellings match it (any spelling, folded), through the GIN index: a spelling that is the query
 * first, then one beginning with it, one containing it, and near misses by trigram similarity.
 */
export async function listInterlocutors(
  context: MemberContext,
  query: { q?: string; page: number; pageSize?: number },
) {
  const size = query.pageSize ?? INTERLOCUTOR_PAGE_SIZE;
  const offset = (query.page - 1) * size;
  const folded = query.q ? foldName(query.q) : "";
  const organizationId = context.organizationId;
  // Each person of the page with their post today, in flat columns joined in the same statement as
  // the page is chosen: as JSON nested by Prisma's relation joins, the same read cost the server
  // about twice the CPU to build, parse and map; as a read of its own, one more round trip.
  const today = new Date().toISOString().slice(0, 10);
  const person = Prisma.sql`i.id, i.name, i."originalName", i."alternateSpellings", i.category::text AS category,
      i.nationality, i.languages, i.tags, a.title AS "postTitle", a."startsOn" AS "postStartsOn",
      n.name AS "postInstitution"`;
  const post = Prisma.sql`LEFT JOIN LATERAL (
        SELECT a.title, a."startsOn", a."institutionId" FROM "Affiliation" a
        WHERE a."interlocutorId" = i.id AND a."organizationId" = i."organizationId"
          AND a."startsOn" <= ${today}::date AND (a."endsOn" IS NULL OR a."endsOn" >= ${today}::date)
        ORDER BY a."startsOn" DESC, a.id LIMIT 1) a ON TRUE
      LEFT JOIN "Institution" n ON n.id = a."institutionId" AND n."organizationId" = i."organizationId"`;
  let people: ListedRow[];
  let count: number;
  if (folded) {
    // Every match is ranked and sorted (cheap), then need-to-know is checked lazily in rank order,
    // in one pass that serves both the count and the page: it stops at PEOPLE_COUNT_CAP + 1 visible
    // people, or at the end of the page if that is further. (A second pass for the count, in no
    // order, made the statement take twice as long: 26 against 13 ms on the embedded database at
    // 1,391 matches.) The substring test comes first so that the costlier word similarity runs only
    // where it fails.
    // Checking every match's visibility, as one window count did, cost 40 ms at 1,391 matches.
    // Ranks: a spelling that is the query, then one that begins with it, then one that contains
    // it, then the near misses, most alike first. Only near misses need word similarity: taking it
    // of every match was 7.5 of the embedded database's 18 ms for a query matching 1,391 people.
    // The page's people come out in the same statement, in rank order, beside the count (one row
    // with no person when the page is empty).
    const escaped = folded.replace(/[\\%_]/g, "\\$&");
    const pattern = `%${escaped}%`;
    const visible = visibleInterlocutorSql(context, Prisma.sql`m.id`);
    const rows = await db.$queryRaw<(ListedRow & { total: bigint })[]>`
      WITH matched AS MATERIALIZED (
        SELECT i.id, i.name,
          CASE WHEN ' ' || i."searchNames" || ' ' LIKE ${`% ${escaped} %`} THEN 0
            WHEN ' ' || i."searchNames" LIKE ${`% ${escaped}%`} THEN 1
            WHEN i."searchNames" LIKE ${pattern} THEN 2
            ELSE 3 END AS rank,
          CASE WHEN i."searchNames" LIKE ${pattern} THEN 1 ELSE word_similarity(${folded}, i."searchNames") END AS likeness
        FROM "Interlocutor" i
        WHERE i."organizationId" = ${organizationId}
          AND (i."searchNames" LIKE ${pattern} OR ${folded} <% i."searchNames")
      ), seen AS MATERIALIZED (
        SELECT m.id, m.rank, m.likeness, m.name
        FROM (SELECT * FROM matched ORDER BY rank, likeness DESC, name ASC, id OFFSET 0) m
        WHERE ${visible}
        LIMIT ${Math.max(PEOPLE_COUNT_CAP + 1, offset + size + 1)}
      ), page AS (
        SELECT * FROM seen ORDER BY rank, likeness DESC, name ASC, id LIMIT ${size + 1} OFFSET ${offset}
      ), counted AS (
        SELECT LEAST(count(*), ${PEOPLE_COUNT_CAP + 1}) AS n FROM seen
      )
      SELECT counted.n AS total, ${person}
      FROM counted LEFT JOIN (page p JOIN "Interlocutor" i ON i.id = p.id ${post}) ON TRUE
      ORDER BY p.rank, p.likeness DESC, p.name ASC, p.id`;
    count = Number(rows[0]?.total ?? 0);
    people = rows.flatMap(({ total, ...row }) => (row.id === null ? [] : [row]));
  } else {
    // The page walks the (organization, name) index and checks each row's visibility; the count
    // checks at most PEOPLE_COUNT_CAP + 1 rows, however many people the organization holds.
    const [rows, counted] = await Promise.all([
      db.$queryRaw<ListedRow[]>`
        SELECT ${person}
        FROM (
          SELECT i.id FROM "Interlocutor" i
          WHERE i."organizationId" = ${organizationId} AND ${visibleInterlocutorSql(context)}
          ORDER BY i.name ASC, i.id ASC
          LIMIT ${size + 1} OFFSET ${offset}
        ) p JOIN "Interlocutor" i ON i.id = p.id ${post}
        ORDER BY i.name ASC, i.id ASC`,
      db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM (
          SELECT 1 FROM "Interlocutor" i
          WHERE i."organizationId" = ${organizationId} AND ${visibleInterlocutorSql(context)}
          LIMIT ${PEOPLE_COUNT_CAP + 1}
        ) capped`,
    ]);
    people = rows;
    count = Number(counted[0]?.n ?? 0);
  }
  const { rows: shown, ...info } = pageOf(people, count, size, PEOPLE_COUNT_CAP);
  const rows = shown.map(({ postTitle, postStartsOn, postInstitution, ...row }) => {
    const currentPost =
      postTitle !== null && postStartsOn !== null && postInstitution !== null
        ? { title: postTitle, startsOn: postStartsOn, institution: { name: postInstitution } }
        : null;
    return { ...row, currentPost };
  });
  return { rows, ...info };
}

type WithSuccessor = { successor: { id: string; name: string } | null };

/** Blanks the successor of any change whose successor the member may not see (one query for all). */
async function withVisibleSuccessors<C extends WithSuccessor>(context: MemberContext, changes: C[]): Promise<C[]> {
  const ids = [...new Set(changes.flatMap((change) => (change.successor ? [change.successor.id] : [])))];
  if (ids.length === 0 || context.role === "OWNER") return changes;
  // The rule's SQL form, which checks each of these few people by index: for six successors on the
  // embedded database at 10,000 dialogues it takes 1.5 ms, where the Prisma filter took 3.2 ms.
  const visible = new Set(
    (
      await db.$queryRaw<{ id: string }[]>`
        SELECT i.id FROM "Interlocutor" i
        WHERE i.id IN (${Prisma.join(ids)}) AND i."organizationId" = ${context.organizationId}
          AND ${visibleInterlocutorSql(context)}`
    ).map((row) => row.id),
  );
  return changes.map((change) =>
    change.successor && !visible.has(change.successor.id) ? { ...change, successor: null } : change,
  );
}

/**
 * One interlocutor with every post, change and participation (in dialogues the member can see),
 * newest first; null unless the member may see them.
 */
export async function getInterlocutor(context: MemberContext, interlocutorId: string) {
  if (!isId(interlocutorId)) return null;
  const person = await db.interlocutor.findFirst({
    where: { id: interlocutorId, ...visibleInterlocutors(context) },
    select: {
      ...interlocutorSelect,
      erasedAt: true,
      erasureReason: true,
      erasedBy: { select: { name: true } },
      affiliations: { orderBy: [{ startsOn: "desc" }, { id: "asc" }], select: affiliationSelect },
      changes: { orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }], select: changeSelect },
      participations: {
        where: { dialogue: visibleDialogues(context) },
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          side: true,
          role: true,
          status: true,
          createdAt: true,
          dialogue: { select: { id: true, title: true } },
          sessions: {
            select: {
              id: true,
              attendance: true,
              session: { select: { id: true, title: true, startsAt: true, status: true } },
            },
          },
        },
      },
    },
  });
  if (!person) return null;
  return { ...person, changes: await withVisibleSuccessors(context, person.changes) };
}

/** Where a merged-away person's id now leads: the kept person's id, when this member may see them. */
export async function getInterlocutorRedirect(context: MemberContext, interlocutorId: string) {
  if (!isId(interlocutorId)) return null;
  const redirect = await db.interlocutorRedirect.findFirst({
    where: { id: interlocutorId, organizationId: context.organizationId, interlocutor: visibleInterlocutors(context) },
    select: { interlocutorId: true },
  });
  return redirect?.interlocutorId ?? null;
}
