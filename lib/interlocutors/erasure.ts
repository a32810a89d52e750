import "server-only";
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import { notFoundRefusal, Refusal, type Tx } from "../data-writes";
import type { eraseInterlocutorSchema } from "./schema";

/** What an erased person is called wherever they are still counted: rosters, continuity, packs. */
export const ERASED_NAME = "Erased person";
/** Spellings shorter than this are not searched for in the audit trail: they would match inside other words. */
const SHORTEST_REDACTED = 4;

/**
 * Erases a person's data (GDPR art. 17) in the caller's transaction. Removed: every personal field
 * of the record, their posts, changes logged about them, screenings, each participation's note and
 * session logistics, and their name as a successor. Earlier audit events are rewritten too: those
 * about the person's own rows keep only their action, and anywhere else every spelling of their
 * name becomes "[erased]" (the one write the audit trail's database guard lets through, and only
 * inside this transaction). What stays: the record as an anonymous placeholder with who erased it,
 * when and why, and their participations and attendance, so rosters and continuity still count them.
 */
export async function eraseInterlocutor(
  tx: Tx,
  context: MemberContext,
  data: z.output<typeof eraseInterlocutorSchema>,
) {
  const scope = { organizationId: context.organizationId };
  const person = await tx.interlocutor.findFirst({
    where: { id: data.interlocutorId, ...scope },
    select: { id: true, name: true, originalName: true, alternateSpellings: true, erasedAt: true, version: true },
  });
  if (!person) throw notFoundRefusal();
  await tx.$executeRaw`SELECT 1 FROM "Interlocutor" WHERE id = ${person.id} FOR UPDATE`;
  if (person.erasedAt) throw new Refusal("INVALID", "This person's data has already been erased.");

  const [posts, changes, participants] = await Promise.all([
    tx.affiliation.findMany({ where: { ...scope, interlocutorId: person.id }, select: { id: true } }),
    tx.interlocutorChange.findMany({ where: { ...scope, interlocutorId: person.id }, select: { id: true } }),
    tx.participant.findMany({
      where: { ...scope, interlocutorId: person.id },
      select: { id: true, sessions: { select: { id: true, screenings: { select: { id: true } } } } },
    }),
  ]);
  const attendances = participants.flatMap((participant) => participant.sessions);
  const screenings = attendances.flatMap((attendance) => attendance.screenings);
  const ownRows = [person.id, ...[posts, changes, participants, attendances, screenings].flat().map((row) => row.id)];

  // The one deliberate exception to the audit trail's append-only guard, for this transaction only.
  await tx.$executeRaw`SELECT set_config('parley.erasure', 'on', true)`;
  await tx.$executeRaw`
    UPDATE "AuditEvent" SET
      before = CASE WHEN before IS NULL THEN NULL ELSE '{"erased": true}'::jsonb END,
      after = CASE WHEN after IS NULL THEN NULL ELSE '{"erased": true}'::jsonb END
    WHERE "organizationId" = ${context.organizationId} AND "entityId" = ANY(${ownRows}::text[])`;
  const spellings = [...new Set([person.name, person.originalName, ...person.alternateSpellings])]
    .filter((spelling) => spelling.trim().length >= SHORTEST_REDACTED)
    // As the spelling appears inside JSON text: quotes and backslashes escaped.
    .map((spelling) => JSON.stringify(spelling).slice(1, -1));
  for (const spelling of spellings) {
    await tx.$executeRaw`
      UPDATE "AuditEvent" SET
        before = CASE WHEN before IS NULL THEN NULL ELSE replace(before::text, ${spelling}, '[erased]')::jsonb END,
        after = CASE WHEN after IS NULL THEN NULL ELSE replace(after::text, ${spelling}, '[erased]')::jsonb END
      WHERE "organizationId" = ${context.organizationId}
        AND (strpos(before::text, ${spelling}) > 0 OR strpos(after::text, ${spelling}) > 0)`;
  }
  await tx.$executeRaw`SELECT set_config('parley.erasure', 'off', true)`;

  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  await tx.screening.deleteMany({ where: { ...scope, id: { in: ids(screenings) } } });
  await tx.sessionParticipant.updateMany({
    where: { ...scope, id: { in: ids(attendances) } },
    data: {
      invitationSentOn: null,
      visa: "NOT_NEEDED",
      visaLeadDays: null,
      travelBooked: false,
      interpretation: "",
      version: { increment: 1 },
    },
  });
  await tx.participant.updateMany({
    where: { ...scope, id: { in: ids(participants) } },
    data: { note: "", consent: "NOT_LISTED", version: { increment: 1 } },
  });
  await tx.interlocutorChange.deleteMany({ where: { ...scope, id: { in: ids(changes) } } });
  await tx.interlocutorChange.updateMany({ where: { ...scope, successorId: person.id }, data: { successorId: null } });
  await tx.affiliation.deleteMany({ where: { ...scope, id: { in: ids(posts) } } });
  const erased = await tx.interlocutor.update({
    where: { id: person.id },
    data: {
      name: ERASED_NAME,
      originalName: "",
      alternateSpellings: [],
      searchNames: "",
      nationality: "",
      languages: [],
      tags: [],
      notes: "",
      lawfulBasis: "",
      reviewBy: null,
      erasedAt: new Date(),
      erasedById: context.user.id,
      erasureReason: data.reason,
      version: { increment: 1 },
    },
    select: { id: true, erasedAt: true, version: true },
  });
  // The erasure's own event names no one: the reason, and how much went.
  const removed = {
    posts: posts.length,
    changes: changes.length,
    screenings: screenings.length,
    participationsKeptAnonymous: participants.length,
  };
  return {
    data: erased,
    audit: {
      action: "interlocutor.erased",
      entity: "Interlocutor",
      entityId: person.id,
      after: { reason: data.reason, removed },
    },
  };
}
