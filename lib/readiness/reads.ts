import "server-only";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { visibleDialogues } from "../dialogues/access";
import { templateItems } from "./template";

/** How many of the latest reviews and outside events the readiness chart draws. */
const CHART_REVIEWS = 200;
export const CHART_EVENTS = 100;

/**
 * Readiness over time: the latest reviews' scores and decisions, and the latest outside events that
 * bear on the dialogue (linked to its items, or concerning its counterpart), each oldest first, as
 * the chart draws them: with years of records, the chart keeps to the latest stretch. The caller
 * has the dialogue's counterpart already (the workspace read it); both reads still hold to the
 * dialogue being one the member may see, so they run side by side with no read of the dialogue
 * first. Empty when it is not.
 */
export async function getReadinessHistory(context: MemberContext, dialogue: { id: string; counterpart: string }) {
  const visible = { id: dialogue.id, ...visibleDialogues(context) };
  const [reviews, events] = await Promise.all([
    db.readinessReview.findMany({
      where: { organizationId: context.organizationId, dialogueId: dialogue.id, dialogue: visible },
      orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
      take: CHART_REVIEWS,
      select: { id: true, decidedAt: true, score: true, decision: true },
    }),
    db.contextEvent.findMany({
      where: {
        organizationId: context.organizationId,
        organization: { dialogues: { some: visible } },
        OR: [
          { links: { some: { item: { dialogueId: dialogue.id } } } },
          { counterparts: { has: dialogue.counterpart } },
        ],
      },
      orderBy: [{ occurredOn: "desc" }, { id: "desc" }],
      take: CHART_EVENTS,
      select: { id: true, occurredOn: true, title: true, kind: true },
    }),
  ]);
  return { reviews: reviews.reverse(), events: events.reverse() };
}

/** The organization's templates, each name's versions newest first, for Settings and the new-dialogue form. */
export async function listTemplates(context: MemberContext) {
  const rows = await db.checklistTemplate.findMany({
    where: { organizationId: context.organizationId },
    orderBy: [{ name: "asc" }, { version: "desc" }],
    take: 500,
    select: { id: true, name: true, version: true, items: true, createdAt: true },
  });
  return rows.map((row) => ({ ...row, items: templateItems(row.items) }));
}
