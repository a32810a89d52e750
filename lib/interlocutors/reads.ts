import "server-only";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { visibleDialogues } from "../dialogues/access";
import { isId } from "../form-values";
import { Prisma } from "../generated/prisma/client";
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
  let ids: string[];
  let count: number;
  if (folded) {
    // Every match is ranked and sorted (cheap), then need-to-know is checked lazily in rank order,
    // only until the page is full; the count checks at most PEOPLE_COUNT_CAP + 1 matches. The
    // substring test comes first so that the costlier word similarity runs only where it fails.
    // Checking every match's visibility, as one window count did, cost 40 ms at 1,391 matches.
    // Ranks: a spelling that is the query, then one that begins with it, then one that contains
    // it, then the near misses, most alike first. Only near misses need word similarity: taking it
    // of every match was 7.5 of the embedded database's 18 ms for a query matching 1,391 people.
    const escaped = folded.replace(/[\\%_]/g, "\\$&");
    const pattern = `%${escaped}%`;
    const visible = visibleInterlocutorSql(context, Prisma.sql`m.id`);
    const rows = await db.$queryRaw<{ id: string | null; total: bigint }[]>`
      WITH matched AS MATERIALIZED (
        SELECT i.id, i.name,
          CASE WHEN ' ' || i."searchNames" || ' ' LIKE ${`% ${escaped} %`} THEN 0
            WHEN ' ' || i."searchNames" LIKE ${`% ${escaped}%`} THEN 1
            WHEN i."searchNames" LIKE ${pattern} THEN 2
            ELSE 3 END AS rank,
          CASE WHEN i."searchNames" LIKE ${pattern} THEN 1 ELSE word_similarity(${folded}, i."searchNames") END AS likeness
        FROM "Interlocutor" i
        WHERE i."organizationId" = ${context.organizationId}
          AND (i."searchNames" LIKE ${pattern} OR ${folded} <% i."searchNames")
      ), page AS (
        SELECT m.id FROM (SELECT * FROM matched ORDER BY rank, likeness DESC, name ASC, id OFFSET 0) m
        WHERE ${visible}
        LIMIT ${size + 1} OFFSET ${offset}
      ), counted AS (
        SELECT count(*) AS n FROM (SELECT 1 FROM matched m WHERE ${visible} LIMIT ${PEOPLE_COUNT_CAP + 1}) capped
      )
      SELECT page.id, counted.n AS total FROM counted LEFT JOIN page ON TRUE`;
    ids = rows.flatMap((row) => (row.id ? [row.id] : []));
    count = Number(rows[0]?.total ?? 0);
  } else {
    // The page walks the (organization, name) index and checks each row's visibility; the count
    // checks at most PEOPLE_COUNT_CAP + 1 rows, however many people the organization holds.
    const [rows, counted] = await Promise.all([
      db.$queryRaw<{ id: string }[]>`
        SELECT i.id FROM "Interlocutor" i
        WHERE i."organizationId" = ${context.organizationId} AND ${visibleInterlocutorSql(context)}
        ORDER BY i.name ASC, i.id ASC
        LIMIT ${size + 1} OFFSET ${offset}`,
      db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM (
          SELECT 1 FROM "Interlocutor" i
          WHERE i."organizationId" = ${context.organizationId} AND ${visibleInterlocutorSql(context)}
          LIMIT ${PEOPLE_COUNT_CAP + 1}
        ) capped`,
    ]);
    ids = rows.map((row) => row.id);
    count = Number(counted[0]?.n ?? 0);
  }
  const { rows: shown, ...info } = pageOf(ids, count, size, PEOPLE_COUNT_CAP);
  const today = new Date();
  const people = await db.interlocutor.findMany({
    where: { id: { in: shown }, organizationId: context.organizationId },
    select: {
      ...interlocutorSelect,
      affiliations: {
        where: { startsOn: { lte: today }, OR: [{ endsOn: null }, { endsOn: { gte: today } }] },
        orderBy: { startsOn: "desc" },
        take: 1,
        select: affiliationSelect,
      },
    },
  });
  const byId = new Map(people.map((person) => [person.id, person]));
  const rows = shown.flatMap((id) => {
    const person = byId.get(id);
    return person ? [{ ...person, currentPost: person.affiliations[0] ?? null }] : [];
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

export const RECENT_CHANGES = 20;

/**
 * The organization's latest changes to people the member may see, newest first. With
 * `institutionId`, those touching a post there; with `dialogueId`, those of the dialogue's
 * participants or touching a post at one of its counterpart institutions. The ids come from one
 * walk down the (organization, occurredOn) index that checks each change it passes, and stops at
 * `limit`; then the changes themselves.
 */
export async function listRecentChanges(
  context: MemberContext,
  filter: { institutionId?: string; dialogueId?: string } = {},
  limit = RECENT_CHANGES,
) {
  const conditions = [Prisma.sql`c."organizationId" = ${context.organizationId}`, visibleInterlocutorSql(context)];
  const touches = (institution: Prisma.Sql) => Prisma.sql`EXISTS (
    SELECT 1 FROM "Affiliation" a
    WHERE a.id IN (c."closedAffiliationId", c."openedAffiliationId") AND ${institution}
  )`;
  if (filter.institutionId) conditions.push(touches(Prisma.sql`a."institutionId" = ${filter.institutionId}`));
  if (filter.dialogueId) {
    const dialogue = await db.dialogue.findFirst({
      where: { id: filter.dialogueId, ...visibleDialogues(context) },
      select: { id: true },
    });
    if (!dialogue) return [];
    conditions.push(Prisma.sql`(
      EXISTS (SELECT 1 FROM "Participant" q WHERE q."interlocutorId" = c."interlocutorId" AND q."dialogueId" = ${dialogue.id})
      OR ${touches(Prisma.sql`EXISTS (
        SELECT 1 FROM "DialogueCounterpart" dc WHERE dc."institutionId" = a."institutionId" AND dc."dialogueId" = ${dialogue.id}
      )`)}
    )`);
  }
  // Whether the member may see each change's successor comes with its id, so that no third
  // statement checks the successors.
  const successorVisible =
    context.role === "OWNER" ? Prisma.sql`TRUE` : visibleInterlocutorSql(context, Prisma.sql`c."successorId"`);
  const ids = await db.$queryRaw<{ id: string; successorVisible: boolean }[]>`
    SELECT c.id, ${successorVisible} AS "successorVisible"
    FROM "InterlocutorChange" c JOIN "Interlocutor" i ON i.id = c."interlocutorId"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY c."occurredOn" DESC, c."createdAt" DESC, c.id
    LIMIT ${limit}`;
  const rows = await db.interlocutorChange.findMany({
    where: { id: { in: ids.map((row) => row.id) }, organizationId: context.organizationId },
    select: { ...changeSelect, interlocutor: { select: { id: true, name: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap(({ id, successorVisible }) => {
    const change = byId.get(id);
    if (!change) return [];
    return change.successor && !successorVisible ? [{ ...change, successor: null }] : [change];
  });
}
