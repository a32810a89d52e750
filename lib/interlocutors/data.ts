import "server-only";
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import { notFoundRefusal, Refusal, type Tx } from "../data-writes";
import { db } from "../db";
import { isId, toDate } from "../form-values";
import { foldName, searchNamesOf } from "./romanize";
import type { addAffiliationSchema, addInstitutionSchema, addInterlocutorSchema } from "./schema";

export const INTERLOCUTOR_PAGE_SIZE = 25;
/** How alike two folded names must be (pg_trgm similarity, 0 to 1) to warn of a duplicate. */
const DUPLICATE_SIMILARITY = 0.6;

const interlocutorSelect = {
  id: true,
  name: true,
  originalName: true,
  alternateSpellings: true,
  category: true,
  nationality: true,
  languages: true,
  tags: true,
  notes: true,
  version: true,
} as const;

const affiliationSelect = {
  id: true,
  interlocutorId: true,
  title: true,
  startsOn: true,
  endsOn: true,
  source: true,
  confidence: true,
  institution: { select: { id: true, name: true, country: true } },
} as const;

/** Interlocutors whose spellings closely match any of `searchNames`, most alike first. */
async function possibleDuplicates(tx: Tx, organizationId: string, searchNames: string) {
  const spellings = searchNames.split(" ").filter(Boolean);
  if (spellings.length === 0) return [];
  return tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT i.id, i.name
    FROM "Interlocutor" i, unnest(${spellings}::text[]) AS spelling
    WHERE i."organizationId" = ${organizationId} AND spelling <% i."searchNames"
    GROUP BY i.id, i.name
    HAVING max(word_similarity(spelling, i."searchNames")) >= ${DUPLICATE_SIMILARITY}
    ORDER BY max(word_similarity(spelling, i."searchNames")) DESC, i.name
    LIMIT 5`;
}

export async function addInterlocutor(tx: Tx, context: MemberContext, data: z.output<typeof addInterlocutorSchema>) {
  const { confirmNew, ...fields } = data;
  const searchNames = searchNamesOf(fields);
  if (!confirmNew) {
    const matches = await possibleDuplicates(tx, context.organizationId, searchNames);
    if (matches.length > 0) {
      const message = `Possible duplicate of ${matches.map((match) => match.name).join(", ")}. Check them first, or confirm that this is someone else.`;
      throw new Refusal("POSSIBLE_DUPLICATE", message);
    }
  }
  return tx.interlocutor.create({
    data: { ...fields, searchNames, organizationId: context.organizationId },
    select: interlocutorSelect,
  });
}

export async function addInstitution(tx: Tx, context: MemberContext, data: z.output<typeof addInstitutionSchema>) {
  return tx.institution.create({
    data: { ...data, organizationId: context.organizationId },
    select: { id: true, name: true, country: true, kind: true },
  });
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A dated post. The person is locked for the transaction, so two posts written at once cannot
 * both slip past the overlap check; a post that overlaps another of theirs is refused.
 */
export async function addAffiliation(tx: Tx, context: MemberContext, data: z.output<typeof addAffiliationSchema>) {
  const person = await tx.interlocutor.findFirst({
    where: { id: data.interlocutorId, organizationId: context.organizationId },
    select: { id: true },
  });
  const institution = await tx.institution.findFirst({
    where: { id: data.institutionId, organizationId: context.organizationId },
    select: { id: true },
  });
  if (!person) throw notFoundRefusal();
  if (!institution)
    throw new Refusal("INVALID", "Choose an institution.", { institutionId: ["Choose an institution."] });
  await tx.$executeRaw`SELECT 1 FROM "Interlocutor" WHERE id = ${person.id} FOR UPDATE`;
  const startsOn = toDate(data.startsOn) as Date;
  const endsOn = toDate(data.endsOn);
  const overlapping = await tx.affiliation.findFirst({
    where: {
      interlocutorId: person.id,
      ...(endsOn ? { startsOn: { lte: endsOn } } : {}),
      OR: [{ endsOn: null }, { endsOn: { gte: startsOn } }],
    },
    select: { title: true, startsOn: true, endsOn: true, institution: { select: { name: true } } },
  });
  if (overlapping) {
    const until = overlapping.endsOn ? day(overlapping.endsOn) : "now";
    const message = `Overlaps the post “${overlapping.title}” at ${overlapping.institution.name} (${day(overlapping.startsOn)} to ${until}). End that post first, or change these dates.`;
    throw new Refusal("INVALID", message, { startsOn: [message] });
  }
  return tx.affiliation.create({
    data: { ...data, startsOn, endsOn, organizationId: context.organizationId },
    select: affiliationSelect,
  });
}

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
