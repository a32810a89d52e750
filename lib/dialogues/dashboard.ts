import "server-only";
import type { MemberContext } from "../auth/member";
import { conditionGates } from "../conditions/reads";
import { db } from "../db";
import { countUpToCap, pageOf } from "../paging";
import { overdueLogistics } from "../participants/gate";
import { pendingRechecks, withStaleness } from "../readiness/data";
import { isOverdue, readiness, todayUtc } from "../readiness/score";
import { visibleDialogues } from "./access";
import { DIALOGUE_PAGE_SIZE } from "./reads";

/**
 * The organization's readiness board: one page of dialogues with their score, blocking and overdue
 * items, stale answers, overdue participant logistics and follow-ups, latest review and next session.
 * Eight queries for the page,
 * whatever its size.
 */
export async function getDashboard(context: MemberContext, page: number) {
  const where = visibleDialogues(context);
  const [dialogues, total] = await Promise.all([
    db.dialogue.findMany({
      where,
      orderBy: [{ status: "asc" }, { title: "asc" }, { id: "asc" }],
      skip: (page - 1) * DIALOGUE_PAGE_SIZE,
      take: DIALOGUE_PAGE_SIZE + 1,
      select: { id: true, title: true, counterpart: true, status: true, restricted: true },
    }),
    db.dialogue.count({ where, ...countUpToCap }),
  ]);
  const { rows: shown, ...info } = pageOf(dialogues, total, DIALOGUE_PAGE_SIZE);
  const ids = shown.map((dialogue) => dialogue.id);
  const now = new Date();
  const today = todayUtc(now);
  const [items, sessions, logistics, reviews, followUps, conditions] = await Promise.all([
    db.checklistItem.findMany({
      where: { organizationId: context.organizationId, dialogueId: { in: ids } },
      select: {
        id: true,
        dialogueId: true,
        question: true,
        status: true,
        confidence: true,
        weight: true,
        gate: true,
        dueDate: true,
        answeredOn: true,
        reviewIntervalDays: true,
        _count: { select: { contextLinks: pendingRechecks } },
      },
    }),
    db.session.findMany({
      where: {
        organizationId: context.organizationId,
        dialogueId: { in: ids },
        startsAt: { gte: now },
        status: { in: ["PLANNED", "CONFIRMED"] },
      },
      orderBy: [{ dialogueId: "asc" }, { startsAt: "asc" }],
      distinct: ["dialogueId"],
      select: { dialogueId: true, title: true, startsAt: true, timeZone: true },
    }),
    db.sessionParticipant.findMany({
      where: {
        organizationId: context.organizationId,
        session: { dialogueId: { in: ids }, startsAt: { gte: now }, status: { in: ["PLANNED", "CONFIRMED"] } },
      },
      select: {
        attendance: true,
        invitationSentOn: true,
        visa: true,
        visaLeadDays: true,
        travelBooked: true,
        session: { select: { dialogueId: true, title: true, startsAt: true, status: true } },
        participant: { select: { status: true, interlocutor: { select: { name: true } } } },
      },
    }),
    db.readinessReview.findMany({
      where: { organizationId: context.organizationId, dialogueId: { in: ids } },
      orderBy: [{ dialogueId: "asc" }, { decidedAt: "desc" }],
      distinct: ["dialogueId"],
      select: { dialogueId: true, decision: true, decidedAt: true },
    }),
    db.followUp.findMany({
      where: {
        organizationId: context.organizationId,
        status: "OPEN",
        dueDate: { lt: today },
        session: { dialogueId: { in: ids } },
      },
      orderBy: { dueDate: "asc" },
      select: { what: true, dueDate: true, session: { select: { dialogueId: true } } },
    }),
    db.condition.findMany({
      where: {
        organizationId: context.organizationId,
        dialogueId: { in: ids },
        gate: true,
        status: { in: ["STATED", "UNMET"] },
      },
      select: { id: true, dialogueId: true, text: true, status: true, gate: true },
    }),
  ]);
  const lateFollowUps = new Map<string, string[]>();
  for (const row of followUps) {
    const { dialogueId } = row.session;
    lateFollowUps.set(dialogueId, [...(lateFollowUps.get(dialogueId) ?? []), row.what]);
  }
  const lastReview = new Map(reviews.map((review) => [review.dialogueId, review]));
  const lateLogistics = new Map<string, string[]>();
  for (const row of logistics) {
    const late = overdueLogistics(row.session, { ...row, status: row.participant.status }, now);
    if (late.length === 0) continue;
    const line = `${row.participant.interlocutor.name} (${row.session.title}): ${late.join(", ")}`;
    lateLogistics.set(row.session.dialogueId, [...(lateLogistics.get(row.session.dialogueId) ?? []), line]);
  }
  const scored = items.map((item) => withStaleness(item, today));
  const byDialogue = new Map<string, typeof scored>();
  for (const item of scored) {
    const own = byDialogue.get(item.dialogueId);
    if (own) own.push(item);
    else byDialogue.set(item.dialogueId, [item]);
  }
  const nextSession = new Map(sessions.map((session) => [session.dialogueId, session]));
  const rows = shown.map((dialogue) => {
    const own = byDialogue.get(dialogue.id) ?? [];
    return {
      ...dialogue,
      readiness: readiness(own, conditionGates(conditions.filter((condition) => condition.dialogueId === dialogue.id))),
      blocking: own.filter((item) => item.status === "BLOCKED"),
      overdue: own.filter((item) => isOverdue(item, today)),
      stale: own.filter((item) => item.stale),
      overdueLogistics: lateLogistics.get(dialogue.id) ?? [],
      overdueFollowUps: lateFollowUps.get(dialogue.id) ?? [],
      nextSession: nextSession.get(dialogue.id) ?? null,
      lastReview: lastReview.get(dialogue.id) ?? null,
    };
  });
  return { rows, ...info };
}

export type DashboardRow = Awaited<ReturnType<typeof getDashboard>>["rows"][number];
