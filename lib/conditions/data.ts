import "server-only";
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import { Refusal, type Tx, versionedUpdate } from "../data-writes";
import { lockVisibleDialogue, visibleDialogues } from "../dialogues/access";
import { toDate } from "../form-values";
import { todayUtc } from "../readiness/score";
import type { addConditionSchema, conditionFieldsSchema, updateConditionSchema } from "./schema";

type Fields = z.output<typeof conditionFieldsSchema>;

export const conditionSelect = {
  id: true,
  dialogueId: true,
  text: true,
  side: true,
  statedOn: true,
  source: true,
  status: true,
  gate: true,
  version: true,
  formats: { select: { formatId: true } },
  sessions: { select: { sessionId: true } },
} as const;

/** The format options and sessions a condition bears on must be its own dialogue's; the day one that has come. */
async function checked(tx: Tx, dialogueId: string, data: Fields) {
  const statedOn = toDate(data.statedOn) as Date;
  if (statedOn > todayUtc()) {
    throw new Refusal("INVALID", "A condition is stated on a day that has come.", {
      statedOn: ["Give today or an earlier day."],
    });
  }
  const [formats, sessions] = await Promise.all([
    tx.format.count({ where: { id: { in: data.formatIds }, dialogueId } }),
    tx.session.count({ where: { id: { in: data.sessionIds }, dialogueId } }),
  ]);
  if (formats !== new Set(data.formatIds).size || sessions !== new Set(data.sessionIds).size) {
    throw new Refusal("INVALID", "Choose this dialogue's own format options and sessions.");
  }
  return {
    text: data.text,
    side: data.side,
    statedOn,
    source: data.source,
    status: data.status,
    gate: data.gate,
  };
}

const links = (data: Fields) => ({
  formats: { create: [...new Set(data.formatIds)].map((formatId) => ({ formatId })) },
  sessions: { create: [...new Set(data.sessionIds)].map((sessionId) => ({ sessionId })) },
});

export async function addCondition(tx: Tx, context: MemberContext, data: z.output<typeof addConditionSchema>) {
  const dialogue = await lockVisibleDialogue(tx, context, data.dialogueId);
  const columns = await checked(tx, dialogue.id, data);
  return tx.condition.create({
    data: { ...columns, ...links(data), organizationId: context.organizationId, dialogueId: dialogue.id },
    select: conditionSelect,
  });
}

export async function updateCondition(tx: Tx, context: MemberContext, data: z.output<typeof updateConditionSchema>) {
  const load = () =>
    tx.condition.findFirst({
      where: { id: data.conditionId, dialogue: visibleDialogues(context) },
      select: conditionSelect,
    });
  const before = await load();
  const columns = before ? await checked(tx, before.dialogueId, data) : null;
  const after = await versionedUpdate(
    before,
    data.version,
    async () => {
      const result = await tx.condition.updateMany({
        where: { id: data.conditionId, organizationId: context.organizationId, version: data.version },
        data: { ...columns, version: { increment: 1 } },
      });
      if (result.count) {
        await tx.conditionFormat.deleteMany({ where: { conditionId: data.conditionId } });
        await tx.conditionSession.deleteMany({ where: { conditionId: data.conditionId } });
        await tx.condition.update({ where: { id: data.conditionId }, data: links(data) });
      }
      return result;
    },
    load,
  );
  return { before, after };
}
