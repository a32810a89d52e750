import "server-only";
import { randomUUID } from "node:crypto";
import type { MemberContext } from "../auth/member";
import { Refusal, type Tx } from "../data-writes";
import { toDate } from "../form-values";
import { foldName, searchNamesOf } from "../interlocutors/romanize";
import { analyse, chunks, decisionFor, fold, type Input, institutionsToCreate } from "./check";
import type { ImportProblem, PlannedPerson } from "./plan";

/**
 * The writing half of the importer: a checked file into the organization, all of it or nothing
 * (lib/imports/check.ts reads and checks it first, for the report and again here).
 */
const describe = (problem: ImportProblem) =>
  [problem.line ? `Line ${problem.line}` : null, problem.column ? `column “${problem.column}”` : null]
    .filter(Boolean)
    .join(", ")
    .concat(`: ${problem.message}`);

/** Posts a file gives to people already on record must not overlap the posts they hold: one query for all of them. */
async function overlapsWithExisting(tx: Tx, people: (PlannedPerson & { id: string })[]) {
  const ids = people.map((person) => person.id);
  if (ids.length === 0) return [];
  const held = await tx.affiliation.findMany({
    where: { interlocutorId: { in: ids } },
    select: { interlocutorId: true, title: true, startsOn: true, endsOn: true },
  });
  const problems: ImportProblem[] = [];
  for (const person of people) {
    for (const post of person.posts) {
      const starts = toDate(post.startsOn) as Date;
      const ends = toDate(post.endsOn);
      const clash = held.find(
        (other) =>
          other.interlocutorId === person.id &&
          (!ends || other.startsOn <= ends) &&
          (!other.endsOn || other.endsOn >= starts),
      );
      if (clash)
        problems.push({
          line: post.line,
          column: "",
          message: `Overlaps the post “${clash.title}” that the person already holds on record. Change the dates, or end that post first.`,
        });
    }
  }
  return problems;
}

/**
 * Imports a checked file in the caller's transaction, all or nothing: any problem, or any
 * possible duplicate without an answer, refuses the whole file. New people are created; people
 * answered "same" gain the file's spellings and posts; institutions are matched by name or
 * created. Every write is a batch, never a query per row.
 */
export async function importInterlocutors(tx: Tx, context: MemberContext, input: Input) {
  const { table, people, problems, duplicates } = await analyse(tx, context, input);
  const undecided = people.filter((person) => duplicates.has(person.line) && !decisionFor(input, person.line));
  if (problems.length > 0 || !table) {
    throw new Refusal(
      "INVALID",
      `Nothing was imported: the file has ${problems.length} problem${problems.length === 1 ? "" : "s"}.`,
      {
        csv: problems.slice(0, 10).map(describe),
      },
    );
  }
  if (undecided.length > 0) {
    throw new Refusal(
      "INVALID",
      "Nothing was imported: say for each possible duplicate whether it is someone new or the same person.",
      {
        decisions: undecided.slice(0, 10).map((person) => `Line ${person.line}: ${person.fields.name}`),
      },
    );
  }
  const same = people
    .filter((person) => duplicates.has(person.line) && decisionFor(input, person.line) !== "new")
    .map((person) => ({ ...person, id: decisionFor(input, person.line) as string }));
  const fresh = people
    .filter((person) => !duplicates.has(person.line) || decisionFor(input, person.line) === "new")
    .map((person) => ({ ...person, id: `imp${randomUUID().replaceAll("-", "")}` }));
  const answeredTwice = same.filter((person, index) => same.findIndex((other) => other.id === person.id) !== index);
  if (answeredTwice.length > 0) {
    throw new Refusal(
      "INVALID",
      "Nothing was imported: two people in the file were answered as the same person on record.",
      {
        decisions: answeredTwice.map(
          (person) => `Line ${person.line}: ${person.fields.name} is answered as someone another line already is.`,
        ),
      },
    );
  }
  const clashes = await overlapsWithExisting(tx, same);
  if (clashes.length > 0) {
    throw new Refusal(
      "INVALID",
      `Nothing was imported: ${clashes.length} post${clashes.length === 1 ? "" : "s"} overlap posts on record.`,
      {
        csv: clashes.slice(0, 10).map(describe),
      },
    );
  }

  const { byName, wanted } = await institutionsToCreate(tx, context, people);
  const newInstitutions = [...wanted.entries()].map(([key, institution]) => ({
    key,
    id: `imp${randomUUID().replaceAll("-", "")}`,
    ...institution,
  }));
  for (const batch of chunks(newInstitutions)) {
    await tx.institution.createMany({
      data: batch.map(({ key: _key, kind, ...institution }) => ({
        ...institution,
        kind: kind as "OTHER",
        organizationId: context.organizationId,
      })),
    });
  }
  for (const institution of newInstitutions) byName.set(institution.key, institution.id);

  for (const batch of chunks(fresh)) {
    await tx.interlocutor.createMany({
      data: batch.map(({ id, fields }) => ({
        ...fields,
        id,
        reviewBy: toDate(fields.reviewBy),
        searchNames: searchNamesOf(fields),
        organizationId: context.organizationId,
      })),
    });
  }
  if (same.length > 0) await addSpellings(tx, context, same);

  const posts = [...fresh, ...same].flatMap((person) =>
    person.posts.map((post) => ({
      organizationId: context.organizationId,
      interlocutorId: person.id,
      institutionId: byName.get(fold(post.institution)) as string,
      title: post.title,
      startsOn: toDate(post.startsOn) as Date,
      endsOn: toDate(post.endsOn),
      source: post.source,
      confidence: post.confidence,
      seniority: post.seniority,
    })),
  );
  for (const batch of chunks(posts)) await tx.affiliation.createMany({ data: batch });

  const summary = {
    fileName: input.fileName,
    rows: table.rows.length,
    peopleAdded: fresh.length,
    peopleMatched: same.length,
    posts: posts.length,
    institutionsAdded: newInstitutions.length,
  };
  return {
    data: summary,
    audit: {
      action: "interlocutor.imported",
      entity: "Import",
      entityId: `imp${randomUUID().replaceAll("-", "")}`,
      after: summary,
    },
  };
}

/** People answered "same" keep their record and gain the file's spellings: one statement for all of them. */
async function addSpellings(tx: Tx, context: MemberContext, same: (PlannedPerson & { id: string })[]) {
  const current = await tx.interlocutor.findMany({
    where: { id: { in: same.map((person) => person.id) }, organizationId: context.organizationId },
    select: { id: true, name: true, originalName: true, alternateSpellings: true },
  });
  const byId = new Map(current.map((person) => [person.id, person]));
  const updates = same.flatMap((person) => {
    const record = byId.get(person.id);
    if (!record) return [];
    const known = new Set([record.name, ...record.alternateSpellings].map(foldName));
    const added = [person.fields.name, ...person.fields.alternateSpellings].filter((spelling) => {
      const folded = foldName(spelling);
      if (!folded || known.has(folded)) return false;
      known.add(folded);
      return true;
    });
    const next = {
      name: record.name,
      originalName: record.originalName || person.fields.originalName,
      alternateSpellings: [...record.alternateSpellings, ...added],
    };
    return [
      {
        id: record.id,
        originalName: next.originalName,
        spellings: next.alternateSpellings,
        search: searchNamesOf(next),
      },
    ];
  });
  if (updates.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Interlocutor" AS i
    SET "originalName" = u."originalName", "alternateSpellings" = u.spellings, "searchNames" = u.search,
        version = i.version + 1, "updatedAt" = now()
    FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) AS u(id text, "originalName" text, spellings text[], search text)
    WHERE i.id = u.id AND i."organizationId" = ${context.organizationId}`;
}
