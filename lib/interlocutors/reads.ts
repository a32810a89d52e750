import "server-only";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { visibleDialogues } from "../dialogues/access";
import { isId } from "../form-values";
import { participantSelect } from "../participants/reads";
import { hiddenInterlocutorCount, visibleInterlocutorSql, visibleInterlocutors } from "./access";
import { affiliationSelect, changeSelect, interlocutorSelect } from "./data";
import { foldName } from "./romanize";

export const INTERLOCUTOR_PAGE_SIZE = 25;

/**
 * One page of the organization's interlocutors, each with their post today. With `q`, those whose
 * spellings match it (any spelling, folded), ranked by trigram similarity, through the GIN index.
 */
export async function listInterlocutors(
  context: MemberContext,
  query: { q?: string; page: number; pageSize?: number },
) {
  const size = query.pageSize ?? INTERLOCUTOR_PAGE_SIZE;
  const offset = (query.page - 1) * size;
  const folded = query.q ? foldName(query.q) : "";
  let ids: string[];
  let total: number;
  if (folded) {
    const pattern = `%${folded.replace(/[\\%_]/g, "\\$&")}%`;
    const rows = await db.$queryRaw<{ id: string; total: bigint }[]>`
      SELECT i.id, count(*) OVER () AS total
      FROM "Interlocutor" i
      WHERE i."organizationId" = ${context.organizationId}
        AND (${folded} <% i."searchNames" OR i."searchNames" LIKE ${pattern})
        AND ${visibleInterlocutorSql(context)}
      ORDER BY word_similarity(${folded}, i."searchNames") DESC, i.name ASC, i.id
      LIMIT ${size} OFFSET ${offset}`;
    ids = rows.map((row) => row.id);
    total = Number(rows[0]?.total ?? 0);
  } else {
    // The page walks the (organization, name) index and checks each row's visibility; the total
    // is the organization's count less those hidden, counted from the participations: checking
    // each of 100,000 people for the count made this page 267 ms (p50), against 22 ms now.
    const [rows, all, hidden] = await Promise.all([
      db.$queryRaw<{ id: string }[]>`
        SELECT i.id FROM "Interlocutor" i
        WHERE i."organizationId" = ${context.organizationId} AND ${visibleInterlocutorSql(context)}
        ORDER BY i.name ASC, i.id ASC
        LIMIT ${size} OFFSET ${offset}`,
      db.interlocutor.count({ where: { organizationId: context.organizationId } }),
      hiddenInterlocutorCount(db, context),
    ]);
    ids = rows.map((row) => row.id);
    total = all - hidden;
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
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / size)) };
}

type WithSuccessor = { successor: { id: string; name: string } | null };

/** Blanks the successor of any change whose successor the member may not see (one query for all). */
async function withVisibleSuccessors<C extends WithSuccessor>(context: MemberContext, changes: C[]): Promise<C[]> {
  const ids = [...new Set(changes.flatMap((change) => (change.successor ? [change.successor.id] : [])))];
  if (ids.length === 0 || context.role === "OWNER") return changes;
  const visible = new Set(
    (
      await db.interlocutor.findMany({
        where: { id: { in: ids }, ...visibleInterlocutors(context) },
        select: { id: true },
      })
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

export async function listInstitutions(context: MemberContext) {
  return db.institution.findMany({
    where: { organizationId: context.organizationId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, country: true, kind: true },
  });
}

export const RECENT_CHANGES = 20;

const touching = (
  institution: { institutionId: string } | { institution: { dialogues: { some: { dialogueId: string } } } },
) => [{ closedAffiliation: institution }, { openedAffiliation: institution }];

/**
 * The organization's latest changes to people the member may see, newest first. With
 * `institutionId`, those touching a post there; with `dialogueId`, those of the dialogue's
 * participants or touching a post at one of its counterpart institutions.
 */
export async function listRecentChanges(
  context: MemberContext,
  filter: { institutionId?: string; dialogueId?: string } = {},
  limit = RECENT_CHANGES,
) {
  const and = [];
  if (filter.institutionId) and.push({ OR: touching({ institutionId: filter.institutionId }) });
  if (filter.dialogueId) {
    const dialogue = await db.dialogue.findFirst({
      where: { id: filter.dialogueId, ...visibleDialogues(context) },
      select: { id: true },
    });
    if (!dialogue) return [];
    and.push({
      OR: [
        { interlocutor: { participations: { some: { dialogueId: dialogue.id } } } },
        ...touching({ institution: { dialogues: { some: { dialogueId: dialogue.id } } } }),
      ],
    });
  }
  const changes = await db.interlocutorChange.findMany({
    where: { organizationId: context.organizationId, interlocutor: visibleInterlocutors(context), AND: and },
    orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
    take: limit,
    select: { ...changeSelect, interlocutor: { select: { id: true, name: true } } },
  });
  return withVisibleSuccessors(context, changes);
}

/** People whose record was due for review before today: keep, correct or erase. Visible ones only, earliest first. */
export async function listReviewsDue(context: MemberContext) {
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const where = { organizationId: context.organizationId, reviewBy: { lt: today }, ...visibleInterlocutors(context) };
  const [rows, total] = await Promise.all([
    db.interlocutor.findMany({
      where,
      orderBy: [{ reviewBy: "asc" }, { name: "asc" }],
      take: 50,
      select: { id: true, name: true, reviewBy: true, lawfulBasis: true },
    }),
    db.interlocutor.count({ where }),
  ]);
  return { rows, total };
}

/**
 * Everything held on one person (GDPR art. 15): the record, every post, every change naming them
 * (as subject or successor), every participation with its sessions and screenings, and the audit
 * events about the record. For owners; null when not visible.
 */
export async function getPersonalData(context: MemberContext, interlocutorId: string) {
  if (!isId(interlocutorId)) return null;
  const person = await db.interlocutor.findFirst({
    where: { id: interlocutorId, ...visibleInterlocutors(context) },
    select: {
      ...interlocutorSelect,
      createdAt: true,
      updatedAt: true,
      affiliations: { orderBy: { startsOn: "asc" }, select: { ...affiliationSelect, startsOn: true, endsOn: true } },
      changes: { orderBy: { occurredOn: "asc" }, select: changeSelect },
      succeeded: {
        orderBy: { occurredOn: "asc" },
        select: { ...changeSelect, interlocutor: { select: { name: true } } },
      },
      participations: {
        where: { dialogue: visibleDialogues(context) },
        select: {
          ...participantSelect,
          dialogue: { select: { title: true } },
          sessions: {
            select: {
              attendance: true,
              invitationSentOn: true,
              visa: true,
              travelBooked: true,
              interpretation: true,
              session: { select: { title: true, startsAt: true } },
              screenings: {
                select: {
                  lists: true,
                  checkedOn: true,
                  result: true,
                  exemption: true,
                  exemptionReference: true,
                  note: true,
                },
              },
            },
          },
        },
      },
    },
  });
  if (!person) return null;
  const audit = await db.auditEvent.findMany({
    where: { organizationId: context.organizationId, entity: "Interlocutor", entityId: person.id },
    orderBy: { createdAt: "asc" },
    select: { action: true, createdAt: true, before: true, after: true, actor: { select: { name: true } } },
  });
  return { person, audit };
}
