import "server-only";
import { cache } from "react";
import { actorName } from "../audit";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { isId } from "../form-values";
import type { Prisma } from "../generated/prisma/client";
import type { LookupChoice } from "../lookup-route";
import { countUpToCap, pageOf } from "../paging";
import { visibleDialogues } from "./access";
import { dialogueSelect } from "./data";
import type { DialogueListQuery } from "./schema";

export const DIALOGUE_PAGE_SIZE = 25;

/** Cached per request: the workspace layout and its page both ask (the context is cached too). */
export const getDialogue = cache(async (context: MemberContext, dialogueId: string) => {
  // An id from the URL that no row could have (a NUL, say) is simply not found, never a database error.
  if (!isId(dialogueId)) return null;
  return db.dialogue.findFirst({
    where: { id: dialogueId, ...visibleDialogues(context) },
    select: {
      ...dialogueSelect,
      team: { select: { memberId: true } },
      counterparts: {
        orderBy: { institution: { name: "asc" } },
        select: { institution: { select: { id: true, name: true, country: true } } },
      },
    },
  });
});

/** Dialogues whose title or counterpart holds `q`, in any case (through their trigram indexes). */
const matching = (q: string): Prisma.DialogueWhereInput => ({
  OR: [{ title: { contains: q, mode: "insensitive" } }, { counterpart: { contains: q, mode: "insensitive" } }],
});

const orderBy: Record<DialogueListQuery["sort"], Prisma.DialogueOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "asc" }],
  title: [{ title: "asc" }, { id: "asc" }],
  status: [{ status: "asc" }, { title: "asc" }, { id: "asc" }],
};

/**
 * One page of the dialogues the member may see, searched, filtered and sorted; two queries, one
 * of them a count that stops at COUNT_CAP. `pageSize` is for exports, which read in large pages.
 */
export async function listDialogues(context: MemberContext, query: DialogueListQuery, pageSize = DIALOGUE_PAGE_SIZE) {
  const where: Prisma.DialogueWhereInput = {
    AND: [visibleDialogues(context), query.status ? { status: query.status } : {}, query.q ? matching(query.q) : {}],
  };
  const [rows, total] = await Promise.all([
    db.dialogue.findMany({
      where,
      orderBy: orderBy[query.sort],
      skip: (query.page - 1) * pageSize,
      take: pageSize + 1,
      select: {
        id: true,
        title: true,
        counterpart: true,
        status: true,
        track: true,
        restricted: true,
        updatedAt: true,
      },
    }),
    db.dialogue.count({ where, ...countUpToCap }),
  ]);
  return pageOf(rows, total, pageSize);
}

/** Everything done to a dialogue and what it holds, newest first, from the audit trail (indexed by dialogue). */
export async function listDialogueHistory(context: MemberContext, dialogueId: string, take = 200) {
  const dialogue = await getDialogue(context, dialogueId);
  if (!dialogue) return [];
  const events = await db.auditEvent.findMany({
    where: { organizationId: context.organizationId, dialogueId: dialogue.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, action: true, entity: true, createdAt: true, ...actorName },
  });
  return events.map(({ actor, ...event }) => ({ ...event, actorName: actor?.name ?? "—" }));
}

const choiceSelect = { id: true, title: true, counterpart: true } as const;
const asChoice = (row: { id: string; title: string; counterpart: string }): LookupChoice => ({
  id: row.id,
  name: row.title,
  detail: row.counterpart,
});

/**
 * Up to ten dialogues the member may see whose title or counterpart holds `q`, for the dialogue
 * pickers (the dialogues lookup route): a select of every dialogue would stop at some number, and
 * an organization with 10,000 could then never pick most of them.
 */
export async function listDialogueChoices(context: MemberContext, q: string): Promise<LookupChoice[]> {
  const query = q.trim().slice(0, 160);
  if (!query) return [];
  const rows = await db.dialogue.findMany({
    where: { AND: [visibleDialogues(context), matching(query)] },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: 10,
    select: choiceSelect,
  });
  return rows.map(asChoice);
}

/** One dialogue as a picker's choice already made; null if it is not one the member may see. */
export async function getDialogueChoice(
  context: MemberContext,
  dialogueId: string | undefined,
): Promise<LookupChoice | null> {
  if (!dialogueId || !isId(dialogueId)) return null;
  const row = await db.dialogue.findFirst({
    where: { id: dialogueId, ...visibleDialogues(context) },
    select: choiceSelect,
  });
  return row && asChoice(row);
}
