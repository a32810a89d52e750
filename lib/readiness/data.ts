import "server-only";
import type { z } from "zod";
import { listEntityHistories } from "../audit";
import type { MemberContext } from "../auth/member";
import { Refusal, type Tx, versionedUpdate } from "../data-writes";
import { db } from "../db";
import { lockVisibleDialogue, visibleDialogues } from "../dialogues/access";
import { toDate } from "../form-values";
import type { SnapshotItem } from "./compare";
import type { updateChecklistItemSchema } from "./schema";
import { readiness } from "./score";

export const itemSelect = {
  id: true,
  dialogueId: true,
  templateKey: true,
  position: true,
  question: true,
  guidance: true,
  status: true,
  answer: true,
  evidence: true,
  evidenceLinks: true,
  confidence: true,
  assigneeId: true,
  dueDate: true,
  weight: true,
  gate: true,
  updatedAt: true,
  version: true,
} as const;

export async function updateChecklistItem(
  tx: Tx,
  context: MemberContext,
  data: z.output<typeof updateChecklistItemSchema>,
) {
  const { itemId, version, dueDate, ...fields } = data;
  if (
    fields.assigneeId &&
    !(await tx.member.count({
      where: { id: fields.assigneeId, organizationId: context.organizationId, status: "ACTIVE" },
    }))
  ) {
    throw new Refusal("INVALID", "Choose an assignee from this organization's members.", {
      assigneeId: ["Choose an active member."],
    });
  }
  const load = () =>
    tx.checklistItem.findFirst({ where: { id: itemId, dialogue: visibleDialogues(context) }, select: itemSelect });
  const before = await load();
  const after = await versionedUpdate(
    before,
    version,
    () =>
      tx.checklistItem.updateMany({
        where: { id: itemId, organizationId: context.organizationId, version },
        data: { ...fields, dueDate: toDate(dueDate), version: { increment: 1 } },
      }),
    load,
  );
  return { before, after };
}

export async function addChecklistItem(
  tx: Tx,
  context: MemberContext,
  data: { dialogueId: string; question: string; guidance: string; weight: number },
) {
  const dialogue = await lockVisibleDialogue(tx, context, data.dialogueId);
  const last = await tx.checklistItem.aggregate({ where: { dialogueId: dialogue.id }, _max: { position: true } });
  return tx.checklistItem.create({
    data: { ...data, organizationId: context.organizationId, position: (last._max.position ?? -1) + 1 },
    select: itemSelect,
  });
}

/** Freezes the checklist as it stands, with its score, under a dated decision. */
export async function recordReview(
  tx: Tx,
  context: MemberContext,
  data: { dialogueId: string; decision: "GO" | "NOT_YET" | "NO_GO"; rationale: string },
) {
  const dialogue = await lockVisibleDialogue(tx, context, data.dialogueId);
  const items = await tx.checklistItem.findMany({
    where: { dialogueId: dialogue.id },
    orderBy: { position: "asc" },
    select: { id: true, question: true, status: true, confidence: true, answer: true, weight: true },
  });
  const snapshot: SnapshotItem[] = items;
  return tx.readinessReview.create({
    data: {
      organizationId: context.organizationId,
      dialogueId: dialogue.id,
      decision: data.decision,
      rationale: data.rationale,
      decidedById: context.user.id,
      score: readiness(items).score,
      snapshot,
    },
    select: { id: true, dialogueId: true, decision: true, rationale: true, score: true, decidedAt: true },
  });
}

export async function getChecklist(context: MemberContext, dialogueId: string) {
  const items = await db.checklistItem.findMany({
    where: { dialogueId, dialogue: visibleDialogues(context) },
    orderBy: { position: "asc" },
    select: { ...itemSelect, assignee: { select: { user: { select: { name: true } } } } },
  });
  // Every change to an item is an audit event: the latest of each, read in one query for the whole list.
  const histories = await listEntityHistories(
    context,
    "ChecklistItem",
    items.map((item) => item.id),
  );
  return items.map((item) => ({ ...item, history: histories.get(item.id) ?? { events: [], total: 0 } }));
}

export async function listReviews(context: MemberContext, dialogueId: string) {
  const reviews = await db.readinessReview.findMany({
    where: { dialogueId, dialogue: visibleDialogues(context) },
    orderBy: { decidedAt: "desc" },
    select: {
      id: true,
      decision: true,
      rationale: true,
      score: true,
      decidedAt: true,
      decidedById: true,
      snapshot: true,
    },
  });
  const deciders = await db.user.findMany({
    where: { id: { in: reviews.map((review) => review.decidedById) } },
    select: { id: true, name: true },
  });
  const name = new Map(deciders.map((user) => [user.id, user.name]));
  return reviews.map((review) => ({
    ...review,
    snapshot: review.snapshot as SnapshotItem[],
    deciderName: name.get(review.decidedById) ?? "—",
  }));
}
