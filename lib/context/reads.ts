import "server-only";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { visibleDialogues } from "../dialogues/access";
import type { ContextEventKind } from "../generated/prisma/enums";
import { contextEventSelect } from "./data";

export const CONTEXT_PAGE_SIZE = 50;

/** The items only in dialogues this member can see: links elsewhere are as if they did not exist. */
const visibleLinks = (context: MemberContext) => ({ item: { dialogue: visibleDialogues(context) } });

/** The organization's log of outside events, newest first, with how many visible items each still asks to re-check. */
export async function listContextEvents(context: MemberContext, page: number) {
  const where = { organizationId: context.organizationId };
  const [events, total] = await Promise.all([
    db.contextEvent.findMany({
      where,
      orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * CONTEXT_PAGE_SIZE,
      take: CONTEXT_PAGE_SIZE,
      select: {
        ...contextEventSelect,
        _count: {
          select: {
            links: { where: visibleLinks(context) },
          },
        },
        links: { where: { ...visibleLinks(context), clearedAt: null }, select: { id: true } },
      },
    }),
    db.contextEvent.count({ where }),
  ]);
  return {
    rows: events.map(({ links, _count, ...event }) => ({ ...event, linked: _count.links, pending: links.length })),
    total,
    pageCount: Math.max(1, Math.ceil(total / CONTEXT_PAGE_SIZE)),
  };
}

/** Which built-in questions an event of each kind most likely bears on: offered first when linking. */
export const suggestedKeys: Record<ContextEventKind, string[]> = {
  SANCTIONS_LISTING: ["sanctions"],
  POLICY_SHIFT: ["future", "counterpart_priorities", "regional_framing"],
  TRAVEL_REOPENING: ["access", "format"],
  LEADERSHIP_CHANGE: ["interlocutors", "counterpart_priorities", "future"],
  OTHER: [],
};

/**
 * One event, the visible items it is linked to (pending or settled), and the items it could be
 * linked to: those of the visible dialogues with the counterparts it concerns (all, if it names none).
 */
export async function getContextEvent(context: MemberContext, eventId: string) {
  const event = await db.contextEvent.findFirst({
    where: { id: eventId, organizationId: context.organizationId },
    select: {
      ...contextEventSelect,
      links: {
        where: visibleLinks(context),
        orderBy: { linkedAt: "asc" },
        select: {
          id: true,
          linkedAt: true,
          clearedAt: true,
          item: { select: { id: true, question: true, dialogue: { select: { id: true, title: true } } } },
        },
      },
    },
  });
  if (!event) return null;
  const dialogues = await db.dialogue.findMany({
    where: {
      ...visibleDialogues(context),
      status: { notIn: ["CANCELLED"] },
      ...(event.counterparts.length ? { counterpart: { in: event.counterparts, mode: "insensitive" as const } } : {}),
    },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      title: true,
      counterpart: true,
      checklistItems: { orderBy: { position: "asc" }, select: { id: true, question: true, templateKey: true } },
    },
  });
  const suggested = suggestedKeys[event.kind];
  const linkable = dialogues.map(({ checklistItems, ...dialogue }) => ({
    ...dialogue,
    suggested: checklistItems.filter((item) => item.templateKey && suggested.includes(item.templateKey)),
    others: checklistItems.filter((item) => !(item.templateKey && suggested.includes(item.templateKey))),
  }));
  return { ...event, linkable };
}

/** The counterparts the member's visible dialogues name, for tagging an event. */
export async function listCounterpartNames(context: MemberContext) {
  const rows = await db.dialogue.findMany({
    where: visibleDialogues(context),
    distinct: ["counterpart"],
    orderBy: { counterpart: "asc" },
    take: 200,
    select: { counterpart: true },
  });
  return rows.map((row) => row.counterpart);
}
