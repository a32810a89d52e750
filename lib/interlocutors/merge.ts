import "server-only";
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import { ConflictError, notFoundRefusal, Refusal, type Tx } from "../data-writes";
import { visibleDialogues } from "../dialogues/access";
import type { NamingConsent } from "../generated/prisma/enums";
import { visibleInterlocutors } from "./access";
import { interlocutorSelect } from "./data";
import { searchNamesOf } from "./romanize";
import type { mergeInterlocutorsSchema } from "./schema";

/** The stricter of two consents to being named: a merge never names someone more than either record allowed. */
const CONSENT_ORDER: NamingConsent[] = ["NAMED", "AFFILIATION_ONLY", "NOT_LISTED"];
const stricter = (a: NamingConsent, b: NamingConsent) => (CONSENT_ORDER.indexOf(a) >= CONSENT_ORDER.indexOf(b) ? a : b);

const union = (...lists: string[][]) => {
  const seen = new Set<string>();
  return lists.flat().filter((item) => {
    const key = item.toLowerCase();
    if (!item || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * Merges a duplicate into the person kept, in the caller's transaction: every spelling, post,
 * change (as the person and as a successor), participation, session logistics and screening moves
 * to the kept record. Where both took part in the same dialogue the kept participation stays,
 * with the stricter consent, and gains the duplicate's sessions; where both were in the same
 * session, the duplicate's screenings join the kept one's. The duplicate's id then leads to the
 * kept person (links and the audit events that name it still find them), and its row goes.
 */
export async function mergeInterlocutors(
  tx: Tx,
  context: MemberContext,
  data: z.output<typeof mergeInterlocutorsSchema>,
) {
  const load = (id: string) =>
    tx.interlocutor.findFirst({
      where: { id, ...visibleInterlocutors(context) },
      select: { ...interlocutorSelect, createdAt: true, erasedAt: true },
    });
  // Both rows locked first, in a fixed order (two merges of one pair cannot interleave), then
  // read: the version compared is the one that stays until this transaction ends.
  await tx.$executeRaw`
    SELECT 1 FROM "Interlocutor" WHERE id IN (${data.interlocutorId}, ${data.duplicateId})
      AND "organizationId" = ${context.organizationId} ORDER BY id FOR UPDATE`;
  const [kept, duplicate] = await Promise.all([load(data.interlocutorId), load(data.duplicateId)]);
  if (!kept || !duplicate) throw notFoundRefusal();
  if (kept.erasedAt || duplicate.erasedAt)
    throw new Refusal("INVALID", "An erased record cannot be merged.", {
      duplicateId: ["An erased record cannot be merged."],
    });
  // A merge moves every participation, so it is for someone who may see them all.
  if (context.role !== "OWNER") {
    const beyondReach = await tx.participant.count({
      where: {
        organizationId: context.organizationId,
        interlocutorId: { in: [kept.id, duplicate.id] },
        NOT: { dialogue: visibleDialogues(context) },
      },
    });
    if (beyondReach > 0) throw new Refusal("FORBIDDEN", "Only an owner can merge these two records.");
  }
  if (kept.version !== data.version) throw new ConflictError(kept);
  const scope = { organizationId: context.organizationId };

  const movedPosts = await tx.affiliation.updateMany({
    where: { ...scope, interlocutorId: duplicate.id },
    data: { interlocutorId: kept.id, version: { increment: 1 } },
  });
  const movedChanges = await tx.interlocutorChange.updateMany({
    where: { ...scope, interlocutorId: duplicate.id },
    data: { interlocutorId: kept.id },
  });
  const movedSuccessions = await tx.interlocutorChange.updateMany({
    where: { ...scope, successorId: duplicate.id },
    data: { successorId: kept.id },
  });
  // "Replaced by the duplicate", logged on the kept record, would now read "replaced by themselves".
  await tx.interlocutorChange.updateMany({
    where: { ...scope, interlocutorId: kept.id, successorId: kept.id },
    data: { successorId: null },
  });

  const participations = await tx.participant.findMany({
    where: { ...scope, interlocutorId: { in: [kept.id, duplicate.id] } },
    select: {
      id: true,
      dialogueId: true,
      interlocutorId: true,
      consent: true,
      sessions: { select: { id: true, sessionId: true } },
    },
  });
  const keptIn = new Map(
    participations.filter((p) => p.interlocutorId === kept.id).map((p) => [p.dialogueId, p] as const),
  );
  const removedParticipations: unknown[] = [];
  for (const theirs of participations.filter((p) => p.interlocutorId === duplicate.id)) {
    const ours = keptIn.get(theirs.dialogueId);
    if (!ours) {
      await tx.participant.update({
        where: { id: theirs.id },
        data: { interlocutorId: kept.id, version: { increment: 1 } },
      });
      continue;
    }
    // Both took part in this dialogue: the kept participation stays and gains the duplicate's sessions.
    const oursBySession = new Map(ours.sessions.map((s) => [s.sessionId, s.id] as const));
    for (const attendance of theirs.sessions) {
      const same = oursBySession.get(attendance.sessionId);
      if (same) {
        await tx.screening.updateMany({
          where: { sessionParticipantId: attendance.id },
          data: { sessionParticipantId: same },
        });
        removedParticipations.push(await tx.sessionParticipant.delete({ where: { id: attendance.id } }));
      } else {
        await tx.sessionParticipant.update({
          where: { id: attendance.id },
          data: { participantId: ours.id, version: { increment: 1 } },
        });
      }
    }
    await tx.participant.update({
      where: { id: ours.id },
      data: { consent: stricter(ours.consent, theirs.consent), version: { increment: 1 } },
    });
    removedParticipations.push(await tx.participant.delete({ where: { id: theirs.id } }));
  }

  await tx.interlocutorRedirect.updateMany({
    where: { ...scope, interlocutorId: duplicate.id },
    data: { interlocutorId: kept.id },
  });
  await tx.interlocutorRedirect.create({
    data: { id: duplicate.id, interlocutorId: kept.id, organizationId: context.organizationId },
  });
  await tx.interlocutor.delete({ where: { id: duplicate.id } });

  const fields = {
    name: kept.name,
    originalName: kept.originalName || duplicate.originalName,
    alternateSpellings: union(kept.alternateSpellings, [duplicate.name], duplicate.alternateSpellings).filter(
      (spelling) => spelling.toLowerCase() !== kept.name.toLowerCase(),
    ),
  };
  const after = await tx.interlocutor.update({
    where: { id: kept.id },
    data: {
      ...fields,
      searchNames: searchNamesOf(fields),
      nationality: kept.nationality || duplicate.nationality,
      languages: union(kept.languages, duplicate.languages),
      tags: union(kept.tags, duplicate.tags),
      notes: [kept.notes, duplicate.notes].filter(Boolean).join("\n\n"),
      lawfulBasis: kept.lawfulBasis || duplicate.lawfulBasis,
      // The sooner review wins: the merged record is reviewed when either would have been.
      reviewBy:
        kept.reviewBy && duplicate.reviewBy
          ? new Date(Math.min(kept.reviewBy.getTime(), duplicate.reviewBy.getTime()))
          : (kept.reviewBy ?? duplicate.reviewBy),
      version: { increment: 1 },
    },
    select: interlocutorSelect,
  });
  const before = {
    kept,
    mergedAway: duplicate,
    moved: {
      posts: movedPosts.count,
      changes: movedChanges.count,
      successions: movedSuccessions.count,
    },
    removedParticipations,
  };
  return { before, after };
}
