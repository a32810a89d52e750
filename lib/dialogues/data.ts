import "server-only";
import { cache } from "react";
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { isId, toDate } from "../form-values";
import type { Prisma } from "../generated/prisma/client";
import { notFound, Refusal, type Tx, versionedUpdate } from "../mutation";
import { readiness } from "../readiness/score";
import { checklistTemplate } from "../readiness/template";
import { lockVisibleDialogue, visibleDialogues } from "./access";
import type { DialogueListQuery, dialogueFieldsSchema } from "./schema";

type DialogueFields = z.output<typeof dialogueFieldsSchema>;

export const DIALOGUE_PAGE_SIZE = 25;

const dialogueSelect = {
  id: true,
  title: true,
  counterpart: true,
  track: true,
  status: true,
  conveningPartners: true,
  hostCountry: true,
  hostCity: true,
  targetWindowStart: true,
  targetWindowEnd: true,
  attributionRule: true,
  summary: true,
  restricted: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.DialogueSelect;

function columns(data: DialogueFields) {
  return { ...data, targetWindowStart: toDate(data.targetWindowStart), targetWindowEnd: toDate(data.targetWindowEnd) };
}

/** A new dialogue, with the readiness checklist every dialogue starts from. */
export async function createDialogue(tx: Tx, context: MemberContext, data: DialogueFields) {
  const dialogue = await tx.dialogue.create({
    data: { ...columns(data), organizationId: context.organizationId },
    select: dialogueSelect,
  });
  await tx.checklistItem.createMany({
    data: checklistTemplate.map((item, position) => ({
      organizationId: context.organizationId,
      dialogueId: dialogue.id,
      templateKey: item.key,
      position,
      question: item.question,
      guidance: item.guidance,
      weight: item.weight,
    })),
  });
  return dialogue;
}

function loader(tx: Tx, context: MemberContext, dialogueId: string) {
  return () =>
    tx.dialogue.findFirst({ where: { id: dialogueId, ...visibleDialogues(context) }, select: dialogueSelect });
}

export async function updateDialogue(
  tx: Tx,
  context: MemberContext,
  data: DialogueFields & { dialogueId: string; version: number },
) {
  const { dialogueId, version, ...fields } = data;
  const load = loader(tx, context, dialogueId);
  const before = await load();
  const after = await versionedUpdate(
    before,
    version,
    () =>
      tx.dialogue.updateMany({
        where: { id: dialogueId, organizationId: context.organizationId, version },
        data: { ...columns(fields), version: { increment: 1 } },
      }),
    load,
  );
  return { before, after };
}

/** Restricts a dialogue to a team (or lifts the restriction). The team must be the organization's members. */
export async function setDialogueTeam(
  tx: Tx,
  context: MemberContext,
  data: { dialogueId: string; version: number; restricted: boolean; memberIds: string[] },
) {
  const load = loader(tx, context, data.dialogueId);
  const before = await load();
  const valid = await tx.member.count({
    where: { id: { in: data.memberIds }, organizationId: context.organizationId },
  });
  if (valid !== new Set(data.memberIds).size)
    throw new Refusal("INVALID", "Choose team members from this organization.", {
      memberIds: ["Choose team members from this organization."],
    });
  const memberIds =
    data.restricted && context.role !== "OWNER" ? [...new Set([...data.memberIds, context.memberId])] : data.memberIds;
  if (!before) throw notFound();
  // The team first: the reload below must still see the dialogue once it is restricted. A version
  // conflict rolls the whole transaction back, team included.
  await tx.dialogueTeamMember.deleteMany({ where: { dialogueId: before.id } });
  await tx.dialogueTeamMember.createMany({ data: memberIds.map((memberId) => ({ dialogueId: before.id, memberId })) });
  const after = await versionedUpdate(
    before,
    data.version,
    () =>
      tx.dialogue.updateMany({
        where: { id: data.dialogueId, organizationId: context.organizationId, version: data.version },
        data: { restricted: data.restricted, version: { increment: 1 } },
      }),
    load,
  );
  return { before, after: { ...after, team: memberIds } };
}

export async function deleteDialogue(
  tx: Tx,
  context: MemberContext,
  data: { dialogueId: string; version: number; confirmTitle: string },
) {
  const before = await loader(tx, context, data.dialogueId)();
  if (!before) throw notFound();
  if (data.confirmTitle.trim() !== before.title) {
    throw new Refusal("INVALID", "Type the dialogue's title exactly to delete it.", {
      confirmTitle: ["Type the title exactly as shown."],
    });
  }
  await lockVisibleDialogue(tx, context, data.dialogueId);
  const { count } = await tx.dialogue.deleteMany({
    where: { id: data.dialogueId, organizationId: context.organizationId, version: data.version },
  });
  if (count === 0) throw new Refusal("CONFLICT", "The dialogue changed since you loaded it. Reload and try again.");
  return { before };
}

/** Cached per request: the workspace layout and its page both ask (the context is cached too). */
export const getDialogue = cache(async (context: MemberContext, dialogueId: string) => {
  // An id from the URL that no row could have (a NUL, say) is simply not found, never a database error.
  if (!isId(dialogueId)) return null;
  return db.dialogue.findFirst({
    where: { id: dialogueId, ...visibleDialogues(context) },
    select: { ...dialogueSelect, team: { select: { memberId: true } } },
  });
});

const orderBy: Record<DialogueListQuery["sort"], Prisma.DialogueOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "asc" }],
  title: [{ title: "asc" }, { id: "asc" }],
  status: [{ status: "asc" }, { title: "asc" }, { id: "asc" }],
};

/** One page of the dialogues the member may see, searched, filtered and sorted; two queries. */
export async function listDialogues(context: MemberContext, query: DialogueListQuery) {
  const where: Prisma.DialogueWhereInput = {
    AND: [
      visibleDialogues(context),
      query.status ? { status: query.status } : {},
      query.q
        ? {
            OR: [
              { title: { contains: query.q, mode: "insensitive" } },
              { counterpart: { contains: query.q, mode: "insensitive" } },
            ],
          }
        : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.dialogue.findMany({
      where,
      orderBy: orderBy[query.sort],
      skip: (query.page - 1) * DIALOGUE_PAGE_SIZE,
      take: DIALOGUE_PAGE_SIZE,
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
    db.dialogue.count({ where }),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / DIALOGUE_PAGE_SIZE)) };
}

const OPEN_STATUSES = ["OPEN", "IN_PROGRESS", "BLOCKED"] as const;

/**
 * The organization's readiness board: one page of dialogues with their score, blocking and overdue
 * items, and next session. Three queries for the page, whatever its size.
 */
export async function getDashboard(context: MemberContext, page: number) {
  const where = visibleDialogues(context);
  const [dialogues, total] = await Promise.all([
    db.dialogue.findMany({
      where,
      orderBy: [{ status: "asc" }, { title: "asc" }, { id: "asc" }],
      skip: (page - 1) * DIALOGUE_PAGE_SIZE,
      take: DIALOGUE_PAGE_SIZE,
      select: { id: true, title: true, counterpart: true, status: true, restricted: true },
    }),
    db.dialogue.count({ where }),
  ]);
  const ids = dialogues.map((dialogue) => dialogue.id);
  const now = new Date();
  const today = new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  const [items, sessions] = await Promise.all([
    db.checklistItem.findMany({
      where: { organizationId: context.organizationId, dialogueId: { in: ids } },
      select: {
        id: true,
        dialogueId: true,
        question: true,
        status: true,
        confidence: true,
        weight: true,
        dueDate: true,
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
  ]);
  const byDialogue = new Map<string, typeof items>();
  for (const item of items) byDialogue.set(item.dialogueId, [...(byDialogue.get(item.dialogueId) ?? []), item]);
  const nextSession = new Map(sessions.map((session) => [session.dialogueId, session]));
  const rows = dialogues.map((dialogue) => {
    const own = byDialogue.get(dialogue.id) ?? [];
    return {
      ...dialogue,
      readiness: readiness(own),
      blocking: own.filter((item) => item.status === "BLOCKED"),
      overdue: own.filter(
        (item) => item.dueDate && item.dueDate < today && (OPEN_STATUSES as readonly string[]).includes(item.status),
      ),
      nextSession: nextSession.get(dialogue.id) ?? null,
    };
  });
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / DIALOGUE_PAGE_SIZE)) };
}

/** Everything done to a dialogue and what it holds, newest first, from the audit trail. */
export async function listDialogueHistory(context: MemberContext, dialogueId: string, take = 200) {
  const dialogue = await db.dialogue.findFirst({
    where: { id: dialogueId, ...visibleDialogues(context) },
    select: {
      id: true,
      formats: { select: { id: true } },
      themes: { select: { id: true } },
      sessions: { select: { id: true } },
      checklistItems: { select: { id: true } },
      reviews: { select: { id: true } },
    },
  });
  if (!dialogue) return [];
  const ids = [
    dialogue.id,
    ...[dialogue.formats, dialogue.themes, dialogue.sessions, dialogue.checklistItems, dialogue.reviews]
      .flat()
      .map((row) => row.id),
  ];
  const events = await db.auditEvent.findMany({
    where: { organizationId: context.organizationId, entityId: { in: ids } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, action: true, entity: true, actorId: true, createdAt: true },
  });
  const actors = await db.user.findMany({
    where: { id: { in: [...new Set(events.map((event) => event.actorId).filter((id): id is string => !!id))] } },
    select: { id: true, name: true },
  });
  const name = new Map(actors.map((actor) => [actor.id, actor.name]));
  return events.map((event) => ({ ...event, actorName: event.actorId ? (name.get(event.actorId) ?? "—") : "—" }));
}
