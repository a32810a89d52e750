import "server-only";
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import { notFoundRefusal, Refusal, type Tx, versionedUpdate } from "../data-writes";
import { db } from "../db";
import { lockVisibleDialogue, visibleDialogues } from "../dialogues/access";
import { isId } from "../form-values";
import { screeningProblems } from "../participants/gate";
import { zonedToUtc } from "../time";
import type { sessionFieldsSchema } from "./schema";

type SessionFields = z.output<typeof sessionFieldsSchema>;

const sessionSelect = {
  id: true,
  dialogueId: true,
  title: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venue: true,
  formatId: true,
  attributionRule: true,
  status: true,
  notes: true,
  outcome: true,
  version: true,
} as const;

/** A format option or theme named by a session must belong to the same dialogue. */
async function checkSameDialogue(tx: Tx, dialogueId: string, refs: { formatId?: string; themeId?: string }) {
  if (refs.formatId && !(await tx.format.count({ where: { id: refs.formatId, dialogueId } }))) {
    throw new Refusal("INVALID", "Choose one of this dialogue's format options.", {
      formatId: ["Choose one of this dialogue's format options."],
    });
  }
  if (refs.themeId && !(await tx.theme.count({ where: { id: refs.themeId, dialogueId } }))) {
    throw new Refusal("INVALID", "Choose one of this dialogue's themes.", {
      themeId: ["Choose one of this dialogue's themes."],
    });
  }
}

function columns(data: SessionFields, dialogueRule: SessionFields["attributionRule"]) {
  return {
    title: data.title,
    startsAt: zonedToUtc(data.startsAt, data.timeZone),
    endsAt: zonedToUtc(data.endsAt, data.timeZone),
    timeZone: data.timeZone,
    venue: data.venue,
    formatId: data.formatId ?? null,
    attributionRule: data.attributionRule ?? dialogueRule ?? "CHATHAM_HOUSE",
    status: data.status,
    notes: data.notes,
  };
}

/** A session's attribution rule defaults to its dialogue's. */
export async function addSession(tx: Tx, context: MemberContext, data: SessionFields & { dialogueId: string }) {
  const dialogue = await lockVisibleDialogue(tx, context, data.dialogueId);
  await checkSameDialogue(tx, dialogue.id, data);
  return tx.session.create({
    data: {
      ...columns(data, dialogue.attributionRule),
      dialogueId: dialogue.id,
      organizationId: context.organizationId,
    },
    select: sessionSelect,
  });
}

function loader(tx: Tx, context: MemberContext, sessionId: string) {
  return () =>
    tx.session.findFirst({ where: { id: sessionId, dialogue: visibleDialogues(context) }, select: sessionSelect });
}

export async function updateSession(
  tx: Tx,
  context: MemberContext,
  data: SessionFields & { sessionId: string; version: number },
) {
  const load = loader(tx, context, data.sessionId);
  const before = await load();
  if (before) {
    await checkSameDialogue(tx, before.dialogueId, data);
    if (data.status === "CONFIRMED" && before.status !== "CONFIRMED") await checkScreening(tx, context, before.id);
  }
  const after = await versionedUpdate(
    before,
    data.version,
    () =>
      tx.session.updateMany({
        where: { id: data.sessionId, organizationId: context.organizationId, version: data.version },
        data: { ...columns(data, before?.attributionRule), version: { increment: 1 } },
      }),
    load,
  );
  return { before, after };
}

/**
 * The screening gate: a session is confirmed only when every participant it still expects has a
 * screening against every list of the organization, clear or with a granted exemption. The session
 * is locked first, so nobody joins it while the gate is checked.
 */
async function checkScreening(tx: Tx, context: MemberContext, sessionId: string) {
  await tx.$executeRaw`SELECT 1 FROM "Session" WHERE id = ${sessionId} FOR UPDATE`;
  const organization = await tx.organization.findUniqueOrThrow({
    where: { id: context.organizationId },
    select: { screeningLists: true },
  });
  const rows = await tx.sessionParticipant.findMany({
    where: { sessionId },
    orderBy: { participant: { interlocutor: { name: "asc" } } },
    select: {
      attendance: true,
      participant: { select: { status: true, interlocutor: { select: { name: true } } } },
      screenings: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { lists: true, result: true, exemption: true },
      },
    },
  });
  const problems = screeningProblems(
    rows.map((row) => ({
      name: row.participant.interlocutor.name,
      status: row.participant.status,
      attendance: row.attendance,
      screening: row.screenings[0] ?? null,
    })),
    organization.screeningLists,
  );
  if (problems.length) {
    const message = `This session cannot be confirmed yet: ${problems.join("; ")}.`;
    throw new Refusal("INVALID", message, { status: [message] });
  }
}

async function visibleSession(tx: Tx, context: MemberContext, sessionId: string) {
  const session = await loader(tx, context, sessionId)();
  if (!session) throw notFoundRefusal();
  await tx.$executeRaw`SELECT 1 FROM "Session" WHERE id = ${session.id} FOR UPDATE`;
  return session;
}

export async function addAgendaItem(
  tx: Tx,
  context: MemberContext,
  data: { sessionId: string; title: string; durationMinutes?: number; themeId?: string },
) {
  const session = await visibleSession(tx, context, data.sessionId);
  await checkSameDialogue(tx, session.dialogueId, data);
  const last = await tx.agendaItem.aggregate({ where: { sessionId: session.id }, _max: { position: true } });
  const item = await tx.agendaItem.create({
    data: {
      organizationId: context.organizationId,
      sessionId: session.id,
      position: (last._max.position ?? -1) + 1,
      title: data.title,
      durationMinutes: data.durationMinutes ?? null,
      themeId: data.themeId ?? null,
    },
    select: { id: true, sessionId: true, position: true, title: true, durationMinutes: true, themeId: true },
  });
  return { ...item, dialogueId: session.dialogueId };
}

async function visibleAgendaItem(tx: Tx, context: MemberContext, itemId: string) {
  const item = await tx.agendaItem.findFirst({
    where: { id: itemId, organizationId: context.organizationId, session: { dialogue: visibleDialogues(context) } },
    select: { id: true, sessionId: true, position: true, title: true },
  });
  if (!item) throw notFoundRefusal();
  const session = await visibleSession(tx, context, item.sessionId);
  return { ...item, dialogueId: session.dialogueId };
}

/** Swaps an agenda item with its neighbour; the session row is locked so positions stay distinct. */
export async function moveAgendaItem(
  tx: Tx,
  context: MemberContext,
  data: { itemId: string; direction: "up" | "down" },
) {
  const item = await visibleAgendaItem(tx, context, data.itemId);
  const neighbour = await tx.agendaItem.findFirst({
    where: {
      sessionId: item.sessionId,
      position: data.direction === "up" ? { lt: item.position } : { gt: item.position },
    },
    orderBy: { position: data.direction === "up" ? "desc" : "asc" },
    select: { id: true, position: true },
  });
  if (!neighbour) return { item, moved: false };
  await tx.agendaItem.update({ where: { id: neighbour.id }, data: { position: item.position } });
  await tx.agendaItem.update({ where: { id: item.id }, data: { position: neighbour.position } });
  return { item, moved: true };
}

export async function removeAgendaItem(tx: Tx, context: MemberContext, data: { itemId: string }) {
  const item = await visibleAgendaItem(tx, context, data.itemId);
  await tx.agendaItem.delete({ where: { id: item.id } });
  return { before: item };
}

const sessionWithAgenda = {
  ...sessionSelect,
  format: { select: { name: true } },
  agendaItems: {
    orderBy: { position: "asc" },
    select: { id: true, title: true, durationMinutes: true, position: true, theme: { select: { title: true } } },
  },
} as const;

export async function listSessions(context: MemberContext, dialogueId: string) {
  return db.session.findMany({
    where: { dialogueId, dialogue: visibleDialogues(context) },
    orderBy: { startsAt: "asc" },
    select: sessionWithAgenda,
  });
}

/** One session with its agenda; null unless the member can see its dialogue. */
export async function getSession(context: MemberContext, dialogueId: string, sessionId: string) {
  if (!isId(dialogueId) || !isId(sessionId)) return null;
  return db.session.findFirst({
    where: { id: sessionId, dialogueId, dialogue: visibleDialogues(context) },
    select: sessionWithAgenda,
  });
}

/** A session with its agenda, for the calendar file; null unless the member can see its dialogue. */
export async function getSessionForCalendar(context: MemberContext, dialogueId: string, sessionId: string) {
  if (!isId(dialogueId) || !isId(sessionId)) return null;
  return db.session.findFirst({
    where: { id: sessionId, dialogueId, dialogue: visibleDialogues(context) },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      venue: true,
      attributionRule: true,
      dialogue: { select: { title: true } },
      agendaItems: { orderBy: { position: "asc" }, select: { title: true, durationMinutes: true } },
    },
  });
}
