import "server-only";
import type { z } from "zod";
import { appOrigin } from "../app-origin";
import type { MemberContext } from "../auth/member";
import { notFoundRefusal, Refusal, type Tx, versionedUpdate } from "../data-writes";
import { lockVisibleDialogue, visibleDialogues } from "../dialogues/access";
import { toDate } from "../form-values";
import { visibleInterlocutors } from "../interlocutors/access";
import { itemSelect } from "../readiness/data";
import { describeContinuity } from "./continuity";
import { loadContinuity } from "./continuity-reads";
import { participantSelect, sessionParticipantFields } from "./reads";
import type {
  addParticipantSchema,
  addSessionParticipantSchema,
  attachContinuitySchema,
  recordScreeningSchema,
  updateParticipantSchema,
  updateSessionParticipantSchema,
} from "./schema";

/** Someone joins a dialogue: a person the member may see, in a dialogue they may see, once. */
export async function addParticipant(tx: Tx, context: MemberContext, data: z.output<typeof addParticipantSchema>) {
  const dialogue = await lockVisibleDialogue(tx, context, data.dialogueId);
  const person = await tx.interlocutor.findFirst({
    where: { id: data.interlocutorId, ...visibleInterlocutors(context) },
    select: { id: true, name: true },
  });
  if (!person) throw new Refusal("INVALID", "Choose a person.", { interlocutorId: ["Choose a person."] });
  if (await tx.participant.count({ where: { dialogueId: dialogue.id, interlocutorId: person.id } })) {
    const message = `${person.name} already takes part in this dialogue.`;
    throw new Refusal("INVALID", message, { interlocutorId: [message] });
  }
  const { dialogueId: _, interlocutorId: __, ...fields } = data;
  return tx.participant.create({
    data: { ...fields, dialogueId: dialogue.id, interlocutorId: person.id, organizationId: context.organizationId },
    select: participantSelect,
  });
}

export async function updateParticipant(
  tx: Tx,
  context: MemberContext,
  data: z.output<typeof updateParticipantSchema>,
) {
  const { participantId, version, ...fields } = data;
  const load = () =>
    tx.participant.findFirst({
      where: { id: participantId, dialogue: visibleDialogues(context) },
      select: participantSelect,
    });
  const before = await load();
  const after = await versionedUpdate(
    before,
    version,
    () =>
      tx.participant.updateMany({
        where: { id: participantId, organizationId: context.organizationId, version },
        data: { ...fields, version: { increment: 1 } },
      }),
    load,
  );
  return { before, after };
}

/** A visible session, locked for the rest of the transaction (its roster and status change together). */
async function lockVisibleSession(tx: Tx, context: MemberContext, sessionId: string) {
  const session = await tx.session.findFirst({
    where: { id: sessionId, dialogue: visibleDialogues(context) },
    select: { id: true, dialogueId: true, status: true, title: true },
  });
  if (!session) throw notFoundRefusal();
  await tx.$executeRaw`SELECT 1 FROM "Session" WHERE id = ${session.id} FOR UPDATE`;
  return session;
}

/**
 * A dialogue participant joins one of its sessions. A confirmed session takes nobody new: its
 * confirmation says everyone was screened, so it goes back to planned first.
 */
export async function addSessionParticipant(
  tx: Tx,
  context: MemberContext,
  data: z.output<typeof addSessionParticipantSchema>,
) {
  const session = await lockVisibleSession(tx, context, data.sessionId);
  const participant = await tx.participant.findFirst({
    where: { id: data.participantId, dialogueId: session.dialogueId },
    select: { id: true, interlocutor: { select: { name: true } } },
  });
  if (!participant)
    throw new Refusal("INVALID", "Choose one of this dialogue's participants.", {
      participantId: ["Choose one of this dialogue's participants."],
    });
  if (session.status === "CONFIRMED") {
    const message = `${session.title} is confirmed, and its confirmation says everyone was screened. Set it back to planned, add ${participant.interlocutor.name} and screen them, then confirm it again.`;
    throw new Refusal("INVALID", message, { participantId: [message] });
  }
  if (await tx.sessionParticipant.count({ where: { sessionId: session.id, participantId: participant.id } })) {
    const message = `${participant.interlocutor.name} is already on this session's list.`;
    throw new Refusal("INVALID", message, { participantId: [message] });
  }
  const row = await tx.sessionParticipant.create({
    data: { organizationId: context.organizationId, sessionId: session.id, participantId: participant.id },
    select: sessionParticipantFields,
  });
  return { ...row, dialogueId: session.dialogueId };
}

function sessionParticipantLoader(tx: Tx, context: MemberContext, id: string) {
  return async () => {
    const row = await tx.sessionParticipant.findFirst({
      where: { id, session: { dialogue: visibleDialogues(context) } },
      select: { ...sessionParticipantFields, session: { select: { dialogueId: true } } },
    });
    if (!row) return null;
    const { session, ...rest } = row;
    return { ...rest, dialogueId: session.dialogueId };
  };
}

export async function updateSessionParticipant(
  tx: Tx,
  context: MemberContext,
  data: z.output<typeof updateSessionParticipantSchema>,
) {
  const { sessionParticipantId, version, invitationSentOn, visaLeadDays, ...fields } = data;
  const load = sessionParticipantLoader(tx, context, sessionParticipantId);
  const before = await load();
  const after = await versionedUpdate(
    before,
    version,
    () =>
      tx.sessionParticipant.updateMany({
        where: { id: sessionParticipantId, organizationId: context.organizationId, version },
        data: {
          ...fields,
          invitationSentOn: toDate(invitationSentOn),
          visaLeadDays: visaLeadDays ?? null,
          version: { increment: 1 },
        },
      }),
    load,
  );
  return { before, after };
}

/** A screening of a session participant against the organization's lists, recorded by hand. */
export async function recordScreening(tx: Tx, context: MemberContext, data: z.output<typeof recordScreeningSchema>) {
  const row = await sessionParticipantLoader(tx, context, data.sessionParticipantId)();
  if (!row) throw notFoundRefusal();
  const organization = await tx.organization.findUniqueOrThrow({
    where: { id: context.organizationId },
    select: { screeningLists: true },
  });
  const unknown = data.lists.filter((list) => !organization.screeningLists.includes(list));
  if (unknown.length) {
    const message = `Choose lists from your organization's set; ${unknown.join(", ")} is not one of them.`;
    throw new Refusal("INVALID", message, { lists: [message] });
  }
  const screening = await tx.screening.create({
    data: {
      organizationId: context.organizationId,
      sessionParticipantId: row.id,
      lists: data.lists,
      checkedOn: toDate(data.checkedOn) as Date,
      checkedById: context.user.id,
      result: data.result,
      exemption: data.exemption,
      exemptionReference: data.exemptionReference,
      note: data.note,
    },
    select: {
      id: true,
      sessionParticipantId: true,
      lists: true,
      checkedOn: true,
      result: true,
      exemption: true,
      exemptionReference: true,
      note: true,
    },
  });
  return { ...screening, dialogueId: row.dialogueId };
}

/** The address of the continuity between two sessions: stable, since sessions keep their ids. */
export async function continuityUrl(slug: string, dialogueId: string, fromId: string, toId: string) {
  return `${await appOrigin()}/o/${slug}/dialogues/${dialogueId}/participants?from=${fromId}&to=${toId}#continuity`;
}

/**
 * Attaches roster continuity between two sessions to a checklist item as evidence: its link (which
 * stays valid) and a summary of what it showed at the time, appended to what the item already has.
 */
export async function attachContinuity(tx: Tx, context: MemberContext, data: z.output<typeof attachContinuitySchema>) {
  const load = () =>
    tx.checklistItem.findFirst({ where: { id: data.itemId, dialogue: visibleDialogues(context) }, select: itemSelect });
  const before = await load();
  if (!before) throw notFoundRefusal();
  const view = await loadContinuity(tx, context, before.dialogueId, { from: data.fromSessionId, to: data.toSessionId });
  if (!view) throw new Refusal("INVALID", "Choose two sessions of this dialogue to compare.");
  const link = await continuityUrl(context.organizationSlug, before.dialogueId, view.from.id, view.to.id);
  const links = before.evidenceLinks.includes(link) ? before.evidenceLinks : [...before.evidenceLinks, link];
  if (links.length > 20) throw new Refusal("INVALID", "This item already has 20 links: remove one first.");
  const summary = describeContinuity(view.continuity, view);
  const evidence = before.evidence ? `${before.evidence}\n\n${summary}` : summary;
  const after = await versionedUpdate(
    before,
    data.version,
    () =>
      tx.checklistItem.updateMany({
        where: { id: before.id, organizationId: context.organizationId, version: data.version },
        data: { evidence: evidence.slice(0, 10_000), evidenceLinks: links, version: { increment: 1 } },
      }),
    load,
  );
  return { before, after };
}
