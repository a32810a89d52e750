import "server-only";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { visibleDialogues } from "../dialogues/access";
import { isId } from "../form-values";
import { Prisma } from "../generated/prisma/client";
import { pageOf } from "../paging";
import { participantSelect } from "../participants/reads";
import { visibleInterlocutorSql, visibleInterlocutors } from "./access";
import { affiliationSelect, changeSelect, interlocutorSelect } from "./data";
import { PEOPLE_COUNT_CAP } from "./reads";

/*
 * The personal-data reads: records past their review date, and everything held on one person
 * (GDPR art. 15). The lists and the timeline are in reads.ts.
 */

/**
 * People whose record was due for review before today: keep, correct or erase. Visible ones only,
 * earliest first, the first 50 and a count that stops at the cap; each walks the (organization,
 * reviewBy) index and checks only the people it passes.
 */
export async function listReviewsDue(context: MemberContext) {
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const due = Prisma.sql`i."organizationId" = ${context.organizationId} AND i."reviewBy" < ${today}
    AND ${visibleInterlocutorSql(context)}`;
  // The rows come with what the list shows, so that no third statement fetches them.
  const [people, counted] = await Promise.all([
    db.$queryRaw<{ id: string; name: string; reviewBy: Date | null; lawfulBasis: string }[]>`
      SELECT i.id, i.name, i."reviewBy", i."lawfulBasis" FROM "Interlocutor" i WHERE ${due}
      ORDER BY i."reviewBy", i.name, i.id LIMIT ${REVIEWS_SHOWN + 1}`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (SELECT 1 FROM "Interlocutor" i WHERE ${due} LIMIT ${PEOPLE_COUNT_CAP + 1}) capped`,
  ]);
  return pageOf(people, Number(counted[0]?.n ?? 0), REVIEWS_SHOWN, PEOPLE_COUNT_CAP);
}

const REVIEWS_SHOWN = 50;

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
