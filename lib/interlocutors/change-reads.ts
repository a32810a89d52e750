import "server-only";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { visibleDialogues } from "../dialogues/access";
import { Prisma } from "../generated/prisma/client";
import type { ChangeKind, Confidence } from "../generated/prisma/enums";
import { visibleInterlocutorSql } from "./access";

/** A change as the change log shows it: its person, successor and posts in columns of their own. */
type ChangeRow = {
  id: string;
  interlocutorId: string;
  kind: ChangeKind;
  occurredOn: Date;
  source: string;
  confidence: Confidence;
  note: string;
  personName: string;
  successorId: string | null;
  successorName: string | null;
  closedTitle: string | null;
  closedInstitution: string | null;
  openedTitle: string | null;
  openedInstitution: string | null;
};

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
  // One statement, in flat rows: the page of changes is chosen first, by the change log's index,
  // then each one's successor (only if the member may see them) and posts are looked up. As JSON
  // nested by Prisma's relation joins, in a second statement, this cost the server twice the CPU.
  const successorVisible = visibleInterlocutorSql(context, Prisma.sql`s.id`);
  const rows = await db.$queryRaw<ChangeRow[]>`
    SELECT c.id, c."interlocutorId", c.kind::text AS kind, c."occurredOn", c.source,
      c.confidence::text AS confidence, c.note, c."personName", s.id AS "successorId", s.name AS "successorName",
      closed.title AS "closedTitle", closed.institution AS "closedInstitution",
      opened.title AS "openedTitle", opened.institution AS "openedInstitution"
    FROM (
      SELECT c.*, i.name AS "personName"
      FROM "InterlocutorChange" c JOIN "Interlocutor" i ON i.id = c."interlocutorId"
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY c."occurredOn" DESC, c."createdAt" DESC, c.id
      LIMIT ${limit}
    ) c
    LEFT JOIN LATERAL (
      SELECT s.id, s.name FROM "Interlocutor" s
      WHERE s.id = c."successorId" AND s."organizationId" = c."organizationId" AND ${successorVisible}
    ) s ON TRUE
    LEFT JOIN LATERAL (
      SELECT a.title, n.name AS institution FROM "Affiliation" a JOIN "Institution" n ON n.id = a."institutionId"
      WHERE a.id = c."closedAffiliationId" AND a."organizationId" = c."organizationId"
    ) closed ON TRUE
    LEFT JOIN LATERAL (
      SELECT a.title, n.name AS institution FROM "Affiliation" a JOIN "Institution" n ON n.id = a."institutionId"
      WHERE a.id = c."openedAffiliationId" AND a."organizationId" = c."organizationId"
    ) opened ON TRUE
    ORDER BY c."occurredOn" DESC, c."createdAt" DESC, c.id`;
  const post = (title: string | null, institution: string | null) =>
    title !== null && institution !== null ? { title, institution: { name: institution } } : null;
  return rows.map((row) => ({
    id: row.id,
    interlocutorId: row.interlocutorId,
    kind: row.kind,
    occurredOn: row.occurredOn,
    source: row.source,
    confidence: row.confidence,
    note: row.note,
    interlocutor: { id: row.interlocutorId, name: row.personName },
    successor:
      row.successorId !== null && row.successorName !== null ? { id: row.successorId, name: row.successorName } : null,
    closedAffiliation: post(row.closedTitle, row.closedInstitution),
    openedAffiliation: post(row.openedTitle, row.openedInstitution),
  }));
}
