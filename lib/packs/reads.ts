import "server-only";
import { recordDisclosure } from "../audit";
import type { MemberContext } from "../auth/member";
import { conditionGates, listConditions, notMet } from "../conditions/reads";
import { db } from "../db";
import { getDialogue } from "../dialogues/reads";
import { listOpenFollowUps } from "../outcomes/reads";
import { getContinuity } from "../participants/continuity-reads";
import { getSessionRoster } from "../participants/reads";
import { getChecklist } from "../readiness/data";
import { readiness } from "../readiness/score";
import { getSession } from "../sessions/data";
import { listThemes } from "../themes/data";

export type PackVariant = "internal" | "distribution";

/**
 * Everything a session's briefing pack holds, read through the same need-to-know as every page:
 * the dialogue and its purpose, the readiness verdict and open gates, the timetable, the themes with
 * both sides' priorities, the participants with their posts as of the session, what changed since
 * the last held session, and the open conditions and follow-ups. Null when not visible.
 */
export async function getBriefingPack(context: MemberContext, dialogueId: string, sessionId: string) {
  const [dialogue, session, roster] = await Promise.all([
    getDialogue(context, dialogueId),
    getSession(context, dialogueId, sessionId),
    getSessionRoster(context, dialogueId, sessionId),
  ]);
  if (!dialogue || !session || !roster) return null;
  const previous = await db.session.findFirst({
    where: { dialogueId: dialogue.id, status: "HELD", startsAt: { lt: session.startsAt } },
    orderBy: { startsAt: "desc" },
    select: { id: true },
  });
  const [themes, items, conditions, followUps, continuity] = await Promise.all([
    listThemes(context, dialogue.id),
    getChecklist(context, dialogue.id),
    listConditions(context, dialogue.id),
    listOpenFollowUps(context, dialogue.id),
    previous ? getContinuity(context, dialogue.id, { from: previous.id, to: session.id }) : Promise.resolve(null),
  ]);
  return {
    dialogue,
    session,
    participants: roster.participants,
    themes: themes.filter((theme) => theme.status !== "DROPPED"),
    readiness: readiness(items, conditionGates(conditions)),
    conditions: conditions.filter((condition) => notMet(condition.status)),
    followUps,
    continuity,
  };
}

/** Making a pack is recorded: which session, which variant, by whom (the actor). */
export async function recordPackMade(
  context: MemberContext,
  pack: { dialogueId: string; sessionId: string },
  variant: PackVariant,
) {
  await recordDisclosure(context, {
    dialogueId: pack.dialogueId,
    action: "pack.made",
    entity: "Session",
    entityId: pack.sessionId,
    after: { variant },
  });
}
