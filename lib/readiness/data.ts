import "server-only";
import type { z } from "zod";
import { listEntityHistories } from "../audit";
import type { MemberContext } from "../auth/member";
import { conditionGates } from "../conditions/reads";
import { Refusal, type Tx, versionedUpdate } from "../data-writes";
import { db } from "../db";
import { lockVisibleDialogue, visibleDialogues } from "../dialogues/access";
import { toDate } from "../form-values";
import type { ChecklistStatus } from "../generated/prisma/enums";
import { checkAssignee } from "../members/data";
import type { SnapshotItem } from "./compare";
import type { updateChecklistItemSchema } from "./schema";
import { hasAnswer, readiness, staleness, todayUtc } from "./score";

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
  answeredOn: true,
  reviewIntervalDays: true,
  updatedAt: true,
  version: true,
} as const;

/** The outside events still awaiting a re-check of an item, newest first: counted or read with it. */
export const pendingRechecks = { where: { clearedAt: null } } as const;

/** What makes an answer: changing any of these answers the item anew, and settles its pending re-checks. */
const answerFields = ["status", "answer", "evidence", "confidence"] as const;

function answerChanged(
  before: { [K in (typeof answerFields)[number]]: unknown } & { evidenceLinks: string[] },
  after: { [K in (typeof answerFields)[number]]?: unknown } & { evidenceLinks?: string[] },
) {
  return (
    answerFields.some((field) => after[field] !== undefined && after[field] !== before[field]) ||
    (after.evidenceLinks !== undefined && after.evidenceLinks.join("\n") !== before.evidenceLinks.join("\n"))
  );
}

/** Settles every pending re-check of an item: its answer was confirmed or changed after the events. */
async function settleRechecks(tx: Tx, organizationId: string, itemId: string) {
  await tx.contextEventLink.updateMany({
    where: { organizationId, checklistItemId: itemId, clearedAt: null },
    data: { clearedAt: new Date() },
  });
}

export async function updateChecklistItem(
  tx: Tx,
  context: MemberContext,
  data: z.output<typeof updateChecklistItemSchema>,
) {
  const { itemId, version, dueDate, answeredOn, ...fields } = data;
  await checkAssignee(tx, context, fields.assigneeId);
  const load = () =>
    tx.checklistItem.findFirst({ where: { id: itemId, dialogue: visibleDialogues(context) }, select: itemSelect });
  const before = await load();
  // A changed answer is as of today, unless the form gives another day; an unchanged one keeps its day.
  const changed = before !== null && answerChanged(before, fields);
  const givenDay = toDate(answeredOn);
  const sameDay = givenDay?.getTime() === before?.answeredOn?.getTime();
  const asOf = givenDay && !sameDay ? givenDay : changed ? todayUtc() : (before?.answeredOn ?? null);
  if (asOf && asOf > todayUtc()) {
    throw new Refusal("INVALID", "An answer cannot be as of a day still to come.", {
      answeredOn: ["Give today or an earlier day."],
    });
  }
  const after = await versionedUpdate(
    before,
    version,
    () =>
      tx.checklistItem.updateMany({
        where: { id: itemId, organizationId: context.organizationId, version },
        data: { ...fields, dueDate: toDate(dueDate), answeredOn: asOf, version: { increment: 1 } },
      }),
    load,
  );
  if (changed) await settleRechecks(tx, context.organizationId, itemId);
  return { before, after };
}

/**
 * Confirms that an answer still holds, as of today: the item is fresh again, and every outside
 * event awaiting its re-check is settled (for this item only: other dialogues keep theirs).
 */
export async function confirmChecklistItem(tx: Tx, context: MemberContext, data: { itemId: string; version: number }) {
  const load = () =>
    tx.checklistItem.findFirst({ where: { id: data.itemId, dialogue: visibleDialogues(context) }, select: itemSelect });
  const before = await load();
  // An open question has no answer to date: confirming it only settles the re-checks.
  const answered = before !== null && hasAnswer(before.status);
  const after = await versionedUpdate(
    before,
    data.version,
    () =>
      tx.checklistItem.updateMany({
        where: { id: data.itemId, organizationId: context.organizationId, version: data.version },
        data: { ...(answered ? { answeredOn: todayUtc() } : {}), version: { increment: 1 } },
      }),
    load,
  );
  await settleRechecks(tx, context.organizationId, data.itemId);
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
    select: {
      ...itemSelect,
      assignee: { select: { user: { select: { name: true } } } },
      _count: { select: { contextLinks: pendingRechecks } },
    },
  });
  const conditions = await tx.condition.findMany({
    where: { dialogueId: dialogue.id, gate: true },
    select: { id: true, text: true, status: true, gate: true },
  });
  const today = todayUtc();
  const scored = items.map((item) => withStaleness(item, today));
  const day = (value: Date | null) => value?.toISOString().slice(0, 10) ?? null;
  // Everything the decision rested on, as it stood: a later edit to an item changes none of it.
  const snapshot: SnapshotItem[] = scored.map((item) => ({
    id: item.id,
    question: item.question,
    status: item.status,
    confidence: item.confidence,
    answer: item.answer,
    evidence: item.evidence,
    evidenceLinks: item.evidenceLinks,
    assignee: item.assignee?.user.name ?? null,
    dueDate: day(item.dueDate),
    answeredOn: day(item.answeredOn),
    stale: item.staleness.reason,
    weight: item.weight,
    gate: item.gate,
  }));
  return tx.readinessReview.create({
    data: {
      organizationId: context.organizationId,
      dialogueId: dialogue.id,
      decision: data.decision,
      rationale: data.rationale,
      decidedById: context.user.id,
      score: readiness(scored, conditionGates(conditions)).score,
      snapshot,
    },
    select: { id: true, dialogueId: true, decision: true, rationale: true, score: true, decidedAt: true },
  });
}

export async function getChecklist(context: MemberContext, dialogueId: string) {
  const items = await db.checklistItem.findMany({
    where: { dialogueId, dialogue: visibleDialogues(context) },
    orderBy: { position: "asc" },
    select: {
      ...itemSelect,
      assignee: { select: { user: { select: { name: true } } } },
      contextLinks: {
        ...pendingRechecks,
        orderBy: { linkedAt: "desc" },
        select: {
          id: true,
          linkedAt: true,
          event: { select: { id: true, title: true, kind: true, occurredOn: true, source: true } },
        },
      },
    },
  });
  const today = todayUtc();
  // Every change to an item is an audit event: the latest of each, read in one query for the whole list.
  const histories = await listEntityHistories(
    context,
    "ChecklistItem",
    items.map((item) => item.id),
  );
  return items.map((item) => ({
    ...withStaleness({ ...item, _count: { contextLinks: item.contextLinks.length } }, today),
    history: histories.get(item.id) ?? { events: [], total: 0 },
  }));
}

/** An item with its staleness worked out, and the `stale` flag the score reads. */
export function withStaleness<
  T extends {
    status: ChecklistStatus;
    answeredOn: Date | null;
    reviewIntervalDays: number | null;
    _count: { contextLinks: number };
  },
>(item: T, today: Date) {
  const state = staleness({ ...item, pendingRechecks: item._count.contextLinks }, today);
  return { ...item, staleness: state, stale: state.stale };
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
