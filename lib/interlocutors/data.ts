import "server-only";
import type { z } from "zod";
import { recordAudit } from "../audit";
import type { MemberContext } from "../auth/member";
import { notFoundRefusal, Refusal, type Tx, versionedUpdate } from "../data-writes";
import { toDate } from "../form-values";
import type { Confidence } from "../generated/prisma/enums";
import { visibleInterlocutorSql, visibleInterlocutors } from "./access";
import { searchNamesOf } from "./romanize";
import {
  type addAffiliationSchema,
  type addInstitutionSchema,
  type addInterlocutorSchema,
  type logChangeSchema,
  POST_CLOSING_CHANGES,
  POST_OPENING_CHANGES,
  type updateInterlocutorSchema,
} from "./schema";

/** How alike two folded names must be (pg_trgm similarity, 0 to 1) to warn of a duplicate. */
const DUPLICATE_SIMILARITY = 0.6;

export const interlocutorSelect = {
  id: true,
  name: true,
  originalName: true,
  alternateSpellings: true,
  category: true,
  nationality: true,
  languages: true,
  tags: true,
  notes: true,
  lawfulBasis: true,
  reviewBy: true,
  version: true,
} as const;

export const changeSelect = {
  id: true,
  interlocutorId: true,
  kind: true,
  occurredOn: true,
  source: true,
  confidence: true,
  note: true,
  successor: { select: { id: true, name: true } },
  closedAffiliation: { select: { title: true, institution: { select: { name: true } } } },
  openedAffiliation: { select: { title: true, institution: { select: { name: true } } } },
} as const;

export const affiliationSelect = {
  id: true,
  interlocutorId: true,
  title: true,
  startsOn: true,
  endsOn: true,
  source: true,
  confidence: true,
  seniority: true,
  institution: { select: { id: true, name: true, country: true } },
} as const;

/**
 * Interlocutors whose spellings closely match any of `searchNames`, most alike first: only those
 * the member may see, so the warning cannot reveal someone hidden by need-to-know.
 */
async function possibleDuplicates(tx: Tx, context: MemberContext, searchNames: string) {
  const spellings = searchNames.split(" ").filter(Boolean);
  if (spellings.length === 0) return [];
  return tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT i.id, i.name
    FROM "Interlocutor" i, unnest(${spellings}::text[]) AS spelling
    WHERE i."organizationId" = ${context.organizationId} AND spelling <% i."searchNames"
      AND ${visibleInterlocutorSql(context)}
    GROUP BY i.id, i.name
    HAVING max(word_similarity(spelling, i."searchNames")) >= ${DUPLICATE_SIMILARITY}
    ORDER BY max(word_similarity(spelling, i."searchNames")) DESC, i.name
    LIMIT 5`;
}

export async function addInterlocutor(tx: Tx, context: MemberContext, data: z.output<typeof addInterlocutorSchema>) {
  const { confirmNew, ...fields } = data;
  const searchNames = searchNamesOf(fields);
  if (!confirmNew) {
    const matches = await possibleDuplicates(tx, context, searchNames);
    if (matches.length > 0) {
      const message = `Possible duplicate of ${matches.map((match) => match.name).join(", ")}. Check them first, or confirm that this is someone else.`;
      throw new Refusal("POSSIBLE_DUPLICATE", message);
    }
  }
  return tx.interlocutor.create({
    data: { ...fields, reviewBy: toDate(fields.reviewBy), searchNames, organizationId: context.organizationId },
    select: interlocutorSelect,
  });
}

export async function updateInterlocutor(
  tx: Tx,
  context: MemberContext,
  data: z.output<typeof updateInterlocutorSchema>,
) {
  const { interlocutorId, version, ...fields } = data;
  const load = () =>
    tx.interlocutor.findFirst({
      where: { id: interlocutorId, erasedAt: null, ...visibleInterlocutors(context) },
      select: interlocutorSelect,
    });
  const before = await load();
  const after = await versionedUpdate(
    before,
    version,
    () =>
      tx.interlocutor.updateMany({
        where: { id: interlocutorId, organizationId: context.organizationId, version },
        data: {
          ...fields,
          reviewBy: toDate(fields.reviewBy),
          searchNames: searchNamesOf(fields),
          version: { increment: 1 },
        },
      }),
    load,
  );
  return { before, after };
}

export async function addInstitution(tx: Tx, context: MemberContext, data: z.output<typeof addInstitutionSchema>) {
  return tx.institution.create({
    data: { ...data, organizationId: context.organizationId },
    select: { id: true, name: true, country: true, kind: true },
  });
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** Locks the person for the rest of the transaction: their posts are checked and written one writer at a time. */
async function lockInterlocutor(tx: Tx, context: MemberContext, interlocutorId: string) {
  const person = await tx.interlocutor.findFirst({
    where: { id: interlocutorId, erasedAt: null, ...visibleInterlocutors(context) },
    select: { id: true, name: true },
  });
  if (!person) throw notFoundRefusal();
  await tx.$executeRaw`SELECT 1 FROM "Interlocutor" WHERE id = ${person.id} FOR UPDATE`;
  return person;
}

type NewPost = {
  interlocutorId: string;
  institutionId: string;
  title: string;
  startsOn: Date;
  endsOn: Date | null;
  source: string;
  confidence: Confidence;
  seniority: number | null;
};

/** Writes a post for a person already locked, refusing one that overlaps another of theirs. */
async function openPost(tx: Tx, context: MemberContext, post: NewPost, field = "startsOn") {
  const institution = await tx.institution.findFirst({
    where: { id: post.institutionId, organizationId: context.organizationId },
    select: { id: true },
  });
  if (!institution)
    throw new Refusal("INVALID", "Choose an institution.", { institutionId: ["Choose an institution."] });
  const overlapping = await tx.affiliation.findFirst({
    where: {
      interlocutorId: post.interlocutorId,
      ...(post.endsOn ? { startsOn: { lte: post.endsOn } } : {}),
      OR: [{ endsOn: null }, { endsOn: { gte: post.startsOn } }],
    },
    select: { title: true, startsOn: true, endsOn: true, institution: { select: { name: true } } },
  });
  if (overlapping) {
    const until = overlapping.endsOn ? day(overlapping.endsOn) : "now";
    const message = `Overlaps the post “${overlapping.title}” at ${overlapping.institution.name} (${day(overlapping.startsOn)} to ${until}). End that post first, or change these dates.`;
    throw new Refusal("INVALID", message, { [field]: [message] });
  }
  return tx.affiliation.create({
    data: { ...post, organizationId: context.organizationId },
    select: affiliationSelect,
  });
}

/** A dated post; one that overlaps another of the person's is refused beside its start date. */
export async function addAffiliation(tx: Tx, context: MemberContext, data: z.output<typeof addAffiliationSchema>) {
  await lockInterlocutor(tx, context, data.interlocutorId);
  return openPost(tx, context, {
    ...data,
    startsOn: toDate(data.startsOn) as Date,
    endsOn: toDate(data.endsOn),
  });
}

/**
 * Logs a change, and does to the posts what it says, in the same transaction: a move, promotion,
 * demotion, replacement, retirement or death ends the current post the day before; an appointment,
 * move, promotion or demotion opens the new one; a replacement opens the same post for the
 * successor. Each post closed or opened gets its own audit event beside the change's.
 */
export async function logChange(tx: Tx, context: MemberContext, data: z.output<typeof logChangeSchema>) {
  const person = await lockInterlocutor(tx, context, data.interlocutorId);
  const occurredOn = toDate(data.occurredOn) as Date;
  const successor = data.successorId
    ? await tx.interlocutor.findFirst({
        where: { id: data.successorId, erasedAt: null, ...visibleInterlocutors(context) },
        select: { id: true },
      })
    : null;
  if (data.successorId && !successor)
    throw new Refusal("INVALID", "Choose who replaced them.", { successorId: ["Choose who replaced them."] });
  const audit = (action: string, row: { id: string }, before?: unknown) =>
    recordAudit(tx, {
      organizationId: context.organizationId,
      actorId: context.user.id,
      action,
      entity: "Affiliation",
      entityId: row.id,
      before,
      after: row,
    });

  let closed: { id: string; institutionId: string; title: string; seniority: number | null } | null = null;
  if ((POST_CLOSING_CHANGES as readonly string[]).includes(data.kind)) {
    const current = await tx.affiliation.findFirst({
      where: {
        interlocutorId: person.id,
        startsOn: { lte: occurredOn },
        OR: [{ endsOn: null }, { endsOn: { gte: occurredOn } }],
      },
      select: { ...affiliationSelect, institutionId: true },
    });
    if (!current) {
      const message = `${person.name} holds no recorded post on ${data.occurredOn} for this change to end. Add that post first.`;
      throw new Refusal("INVALID", message, { occurredOn: [message] });
    }
    const dayBefore = new Date(occurredOn.getTime() - 86_400_000);
    if (dayBefore < current.startsOn) {
      const message = `The post “${current.title}” began on ${day(current.startsOn)}; a change on ${data.occurredOn} cannot end it before it began.`;
      throw new Refusal("INVALID", message, { occurredOn: [message] });
    }
    const after = await tx.affiliation.update({
      where: { id: current.id },
      data: { endsOn: dayBefore, version: { increment: 1 } },
      select: affiliationSelect,
    });
    await audit("affiliation.closed", after, current);
    closed = current;
  }

  let opened: { id: string } | null = null;
  const post = { startsOn: occurredOn, endsOn: null, source: data.source, confidence: data.confidence };
  if ((POST_OPENING_CHANGES as readonly string[]).includes(data.kind) && data.institutionId) {
    opened = await openPost(
      tx,
      context,
      {
        ...post,
        interlocutorId: person.id,
        institutionId: data.institutionId,
        title: data.title,
        seniority: data.seniority,
      },
      "occurredOn",
    );
  } else if (data.kind === "REPLACED" && successor && closed) {
    await lockInterlocutor(tx, context, successor.id);
    opened = await openPost(
      tx,
      context,
      {
        ...post,
        interlocutorId: successor.id,
        institutionId: closed.institutionId,
        title: closed.title,
        seniority: closed.seniority,
      },
      "successorId",
    );
  }
  if (opened) await audit("affiliation.added", opened);

  return tx.interlocutorChange.create({
    data: {
      organizationId: context.organizationId,
      interlocutorId: person.id,
      kind: data.kind,
      occurredOn,
      source: data.source,
      confidence: data.confidence,
      note: data.note,
      successorId: successor?.id ?? null,
      closedAffiliationId: closed?.id ?? null,
      openedAffiliationId: opened?.id ?? null,
    },
    select: changeSelect,
  });
}
