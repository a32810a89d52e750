import "server-only";
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import { notFoundRefusal, Refusal, type Tx, versionedUpdate } from "../data-writes";
import { visibleDialogues } from "../dialogues/access";
import { toDate } from "../form-values";
import { checkAssignee } from "../members/data";
import { todayUtc } from "../readiness/score";
import type { addFollowUpSchema, addReadoutSchema, recordOutcomeSchema, updateFollowUpSchema } from "./schema";

export const followUpSelect = {
  id: true,
  sessionId: true,
  what: true,
  side: true,
  assigneeId: true,
  dueDate: true,
  status: true,
  version: true,
} as const;

/** A held session the member can see, locked for the write; anything else is refused. */
async function heldSession(tx: Tx, context: MemberContext, sessionId: string) {
  const session = await tx.session.findFirst({
    where: { id: sessionId, dialogue: visibleDialogues(context) },
    select: { id: true, dialogueId: true, status: true, startsAt: true, attributionRule: true },
  });
  if (!session) throw notFoundRefusal();
  await tx.$executeRaw`SELECT 1 FROM "Session" WHERE id = ${session.id} FOR UPDATE`;
  if (session.status !== "HELD") {
    throw new Refusal("INVALID", "Record outcomes once the session is held: set its status to Held first.");
  }
  return session;
}

/**
 * The session's outcome, unattributed: unless the session is on the record, it may not name anyone
 * on its list, and the refusal says whom, beside the field.
 */
export async function recordOutcome(tx: Tx, context: MemberContext, data: z.output<typeof recordOutcomeSchema>) {
  const session = await heldSession(tx, context, data.sessionId);
  if (session.attributionRule !== "ON_THE_RECORD") {
    const people = await tx.sessionParticipant.findMany({
      where: { sessionId: session.id },
      select: { participant: { select: { interlocutor: { select: { name: true } } } } },
    });
    const text = data.outcome.toLocaleLowerCase();
    const named = people
      .map((row) => row.participant.interlocutor.name)
      .filter((name) => text.includes(name.toLocaleLowerCase()));
    if (named.length) {
      const message = `The summary names ${named.join(", ")}: under this session's attribution rule, outcomes are unattributed.`;
      throw new Refusal("INVALID", message, { outcome: [message] });
    }
  }
  const load = () =>
    tx.session.findFirst({
      where: { id: session.id },
      select: { id: true, dialogueId: true, outcome: true, version: true },
    });
  const before = await load();
  const after = await versionedUpdate(
    before,
    data.version,
    () =>
      tx.session.updateMany({
        where: { id: session.id, version: data.version },
        data: { outcome: data.outcome, version: { increment: 1 } },
      }),
    load,
  );
  return { before, after: { ...after, dialogueId: session.dialogueId } };
}

export async function addFollowUp(tx: Tx, context: MemberContext, data: z.output<typeof addFollowUpSchema>) {
  const session = await heldSession(tx, context, data.sessionId);
  await checkAssignee(tx, context, data.assigneeId);
  const row = await tx.followUp.create({
    data: {
      organizationId: context.organizationId,
      sessionId: session.id,
      what: data.what,
      side: data.side,
      assigneeId: data.assigneeId,
      dueDate: toDate(data.dueDate),
      status: data.status,
    },
    select: followUpSelect,
  });
  return { ...row, dialogueId: session.dialogueId };
}

export async function updateFollowUp(tx: Tx, context: MemberContext, data: z.output<typeof updateFollowUpSchema>) {
  const load = () =>
    tx.followUp.findFirst({
      where: { id: data.followUpId, session: { dialogue: visibleDialogues(context) } },
      select: { ...followUpSelect, session: { select: { dialogueId: true } } },
    });
  const before = await load();
  await checkAssignee(tx, context, data.assigneeId);
  const after = await versionedUpdate(
    before,
    data.version,
    () =>
      tx.followUp.updateMany({
        where: { id: data.followUpId, organizationId: context.organizationId, version: data.version },
        data: {
          what: data.what,
          side: data.side,
          assigneeId: data.assigneeId,
          dueDate: toDate(data.dueDate),
          status: data.status,
          version: { increment: 1 },
        },
      }),
    load,
  );
  return { before, after: { ...after, dialogueId: after.session.dialogueId } };
}

export async function addReadout(tx: Tx, context: MemberContext, data: z.output<typeof addReadoutSchema>) {
  const session = await heldSession(tx, context, data.sessionId);
  const briefedOn = toDate(data.briefedOn) as Date;
  if (briefedOn > todayUtc()) {
    throw new Refusal("INVALID", "Record briefings that have taken place.", {
      briefedOn: ["Give today or an earlier day."],
    });
  }
  const row = await tx.readout.create({
    data: { ...data, briefedOn, organizationId: context.organizationId, sessionId: session.id },
    select: { id: true, sessionId: true, unit: true, briefedOn: true, briefedBy: true, mode: true, reaction: true },
  });
  return { ...row, dialogueId: session.dialogueId };
}
