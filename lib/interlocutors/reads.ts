import "server-only";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { isId } from "../form-values";
import { affiliationSelect, changeSelect, interlocutorSelect } from "./data";
import { foldName } from "./romanize";

export const INTERLOCUTOR_PAGE_SIZE = 25;

/**
 * One page of the organization's interlocutors, each with their post today. With `q`, those whose
 * spellings match it (any spelling, folded), ranked by trigram similarity, through the GIN index.
 */
export async function listInterlocutors(context: MemberContext, query: { q?: string; page: number }) {
  const offset = (query.page - 1) * INTERLOCUTOR_PAGE_SIZE;
  const folded = query.q ? foldName(query.q) : "";
  let ids: string[];
  let total: number;
  if (folded) {
    const pattern = `%${folded.replace(/[\\%_]/g, "\\$&")}%`;
    const rows = await db.$queryRaw<{ id: string; total: bigint }[]>`
      SELECT id, count(*) OVER () AS total
      FROM "Interlocutor"
      WHERE "organizationId" = ${context.organizationId}
        AND (${folded} <% "searchNames" OR "searchNames" LIKE ${pattern})
      ORDER BY word_similarity(${folded}, "searchNames") DESC, name ASC, id
      LIMIT ${INTERLOCUTOR_PAGE_SIZE} OFFSET ${offset}`;
    ids = rows.map((row) => row.id);
    total = Number(rows[0]?.total ?? 0);
  } else {
    const [rows, count] = await Promise.all([
      db.interlocutor.findMany({
        where: { organizationId: context.organizationId },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        skip: offset,
        take: INTERLOCUTOR_PAGE_SIZE,
        select: { id: true },
      }),
      db.interlocutor.count({ where: { organizationId: context.organizationId } }),
    ]);
    ids = rows.map((row) => row.id);
    total = count;
  }
  const today = new Date();
  const people = await db.interlocutor.findMany({
    where: { id: { in: ids }, organizationId: context.organizationId },
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
  const rows = ids.flatMap((id) => {
    const person = byId.get(id);
    return person ? [{ ...person, currentPost: person.affiliations[0] ?? null }] : [];
  });
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / INTERLOCUTOR_PAGE_SIZE)) };
}

/** One interlocutor with every post, newest first; null unless in the member's organization. */
export async function getInterlocutor(context: MemberContext, interlocutorId: string) {
  if (!isId(interlocutorId)) return null;
  return db.interlocutor.findFirst({
    where: { id: interlocutorId, organizationId: context.organizationId },
    select: {
      ...interlocutorSelect,
      affiliations: { orderBy: [{ startsOn: "desc" }, { id: "asc" }], select: affiliationSelect },
      changes: { orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }], select: changeSelect },
    },
  });
}

export async function listInstitutions(context: MemberContext) {
  return db.institution.findMany({
    where: { organizationId: context.organizationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, country: true, kind: true },
  });
}

export const RECENT_CHANGES = 20;

/** The organization's latest changes, newest first; with `institutionId`, those touching a post there. */
export async function listRecentChanges(context: MemberContext, filter: { institutionId?: string } = {}) {
  const touches = filter.institutionId
    ? {
        OR: [
          { closedAffiliation: { institutionId: filter.institutionId } },
          { openedAffiliation: { institutionId: filter.institutionId } },
        ],
      }
    : {};
  return db.interlocutorChange.findMany({
    where: { organizationId: context.organizationId, ...touches },
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
    take: RECENT_CHANGES,
    select: { ...changeSelect, interlocutor: { select: { id: true, name: true } } },
  });
}

/** Everyone who could succeed someone: the organization's interlocutors by name, a bounded list. */
export async function listInterlocutorChoices(context: MemberContext) {
  return db.interlocutor.findMany({
    where: { organizationId: context.organizationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true },
  });
}
