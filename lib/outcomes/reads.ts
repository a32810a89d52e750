import "server-only";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { visibleDialogues } from "../dialogues/access";
import { followUpSelect } from "./data";

const followUpRead = {
  ...followUpSelect,
  assignee: { select: { user: { select: { name: true } } } },
  session: { select: { id: true, title: true, startsAt: true, timeZone: true } },
} as const;

/** What a held session produced: its unattributed outcome, its follow-ups and its Track 1 readouts. */
export async function getSessionOutcome(context: MemberContext, dialogueId: string, sessionId: string) {
  return db.session.findFirst({
    where: { id: sessionId, dialogueId, dialogue: visibleDialogues(context) },
    select: {
      id: true,
      title: true,
      status: true,
      attributionRule: true,
      outcome: true,
      version: true,
      followUps: { orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }], select: followUpRead },
      readouts: {
        orderBy: { briefedOn: "desc" },
        select: { id: true, unit: true, briefedOn: true, briefedBy: true, mode: true, reaction: true },
      },
    },
  });
}

/**
 * The commitments still open from a dialogue's sessions, earliest due first: what the next
 * session's planning must pick up.
 */
export async function listOpenFollowUps(context: MemberContext, dialogueId: string) {
  return db.followUp.findMany({
    where: { status: "OPEN", session: { dialogueId, dialogue: visibleDialogues(context) } },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: 100,
    select: followUpRead,
  });
}
