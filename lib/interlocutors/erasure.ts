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
  // Locked first, then read: two erasures of one person cannot both run.
  await tx.$executeRaw`
    SELECT 1 FROM "Interlocutor" WHERE id = ${data.interlocutorId} AND "organizationId" = ${context.organizationId} FOR UPDATE`;
  const person = await tx.interlocutor.findFirst({
    where: { id: data.interlocutorId, ...scope },
    select: { id: true, name: true, originalName: true, alternateSpellings: true, erasedAt: true, version: true },
  });
  if (!person) throw notFoundRefusal();
  if (person.erasedAt) throw new Refusal("INVALID", "This person's data has already been erased.");

  const [posts, changes, participants, mergedIn] = await Promise.all([
    tx.affiliation.findMany({ where: { ...scope, interlocutorId: person.id }, select: { id: true } }),
    tx.interlocutorChange.findMany({ where: { ...scope, interlocutorId: person.id }, select: { id: true } }),
    tx.participant.findMany({
      where: { ...scope, interlocutorId: person.id },
      select: { id: true, sessions: { select: { id: true, screenings: { select: { id: true } } } } },
    }),
    // Records merged into this one: their own events are about the same person.
    tx.interlocutorRedirect.findMany({ where: { ...scope, interlocutorId: person.id }, select: { id: true } }),
  ]);
  const attendances = participants.flatMap((participant) => participant.sessions);
  const screenings = attendances.flatMap((attendance) => attendance.screenings);
  const ownRows = [
    person.id,
    ...[mergedIn, posts, changes, participants, attendances, screenings].flat().map((row) => row.id),
  ];

  // The one deliberate exception to the audit trail's append-only guard, for this transaction only.
  await tx.$executeRaw`SELECT set_config('parley.erasure', 'on', true)`;
  await tx.$executeRaw`
    UPDATE "AuditEvent" SET
      before = CASE WHEN before IS NULL THEN NULL ELSE '{"erased": true}'::jsonb END,
      after = CASE WHEN after IS NULL THEN NULL ELSE '{"erased": true}'::jsonb END
    WHERE "organizationId" = ${context.organizationId} AND "entityId" = ANY(${ownRows}::text[])`;
  await redactSpellings(tx, context.organizationId, [person.name, person.originalName, ...person.alternateSpellings]);
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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const escapeLike = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/**
 * Every spelling of the name, as a whole word (not "Park" inside "Parkinson"), becomes "[erased]"
 * in the string values of the organization's audit events: the events are found in SQL, and
 * rewritten value by value, so the JSON stays JSON whatever the name holds.
 */
async function redactSpellings(tx: Tx, organizationId: string, names: string[]) {
  const spellings = [...new Set(names.map((name) => name.trim()))].filter(
    (spelling) => spelling.length >= SHORTEST_REDACTED,
  );
  if (spellings.length === 0) return;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${spellings.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );
  const redact = (value: unknown): unknown => {
    if (typeof value === "string") return value.replace(pattern, "[erased]");
    if (Array.isArray(value)) return value.map(redact);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, redact(inner)]));
    return value;
  };
  // As each spelling appears inside JSON text (quotes and backslashes escaped), for LIKE.
  const likes = spellings.map((spelling) => `%${escapeLike(JSON.stringify(spelling).slice(1, -1))}%`);
  const candidates = await tx.$queryRaw<{ id: string; before: unknown; after: unknown }[]>`
    SELECT id, before, after FROM "AuditEvent"
    WHERE "organizationId" = ${organizationId}
      AND (before::text ILIKE ANY(${likes}::text[]) OR after::text ILIKE ANY(${likes}::text[]))`;
  const rewritten = candidates
    .map((event) => ({ id: event.id, before: redact(event.before), after: redact(event.after), was: event }))
    .filter(
      (event) =>
        JSON.stringify(event.before) !== JSON.stringify(event.was.before) ||
        JSON.stringify(event.after) !== JSON.stringify(event.was.after),
    )
    .map(({ was: _was, ...event }) => event);
  if (rewritten.length === 0) return;
  await tx.$executeRaw`
    UPDATE "AuditEvent" AS e
    SET before = CASE WHEN e.before IS NULL THEN NULL ELSE u.before END,
        after = CASE WHEN e.after IS NULL THEN NULL ELSE u.after END
    FROM jsonb_to_recordset(${JSON.stringify(rewritten)}::jsonb) AS u(id text, before jsonb, after jsonb)
    WHERE e.id = u.id AND e."organizationId" = ${organizationId}`;
}
