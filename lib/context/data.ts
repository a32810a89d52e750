import "server-only";
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import { notFoundRefusal, Refusal, type Tx } from "../data-writes";
import { visibleDialogues } from "../dialogues/access";
import { toDate } from "../form-values";
import { todayUtc } from "../readiness/score";
import type { linkContextEventSchema, recordContextEventSchema } from "./schema";

export const contextEventSelect = {
  id: true,
  kind: true,
  occurredOn: true,
  title: true,
  source: true,
  note: true,
  counterparts: true,
  version: true,
} as const;

export async function recordContextEvent(
  tx: Tx,
  context: MemberContext,
  data: z.output<typeof recordContextEventSchema>,
) {
  const occurredOn = toDate(data.occurredOn) as Date;
  if (occurredOn > todayUtc()) {
    throw new Refusal("INVALID", "Record events that have happened.", {
      occurredOn: ["Give today or an earlier day."],
    });
  }
  return tx.contextEvent.create({
    data: { ...data, occurredOn, organizationId: context.organizationId },
    select: contextEventSelect,
  });
}

/**
 * Links an event to checklist items, in any dialogues the member can see: each item's answer needs
 * a re-check until someone confirms or changes it. Linking again after a confirmation asks again.
 */
export async function linkContextEvent(tx: Tx, context: MemberContext, data: z.output<typeof linkContextEventSchema>) {
  const event = await tx.contextEvent.findFirst({
    where: { id: data.eventId, organizationId: context.organizationId },
    select: { id: true },
  });
  const itemIds = [...new Set(data.itemIds)];
  const items = await tx.checklistItem.findMany({
    where: { id: { in: itemIds }, dialogue: visibleDialogues(context) },
    select: { id: true },
  });
  if (!event || items.length !== itemIds.length) throw notFoundRefusal();
  const base = { organizationId: context.organizationId, eventId: event.id };
  const before = await tx.contextEventLink.findMany({
    where: { ...base, checklistItemId: { in: itemIds } },
    select: { checklistItemId: true, clearedAt: true },
  });
  await tx.contextEventLink.createMany({
    data: itemIds.map((checklistItemId) => ({ ...base, checklistItemId })),
    skipDuplicates: true,
  });
  await tx.contextEventLink.updateMany({
    where: { ...base, checklistItemId: { in: itemIds }, clearedAt: { not: null } },
    data: { clearedAt: null, linkedAt: new Date() },
  });
  return { before: { id: event.id, links: before }, after: { id: event.id, itemIds } };
}
