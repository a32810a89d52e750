import "server-only";
import type { MemberContext } from "../auth/member";
import type { Tx } from "../data-writes";
import { db } from "../db";
import { visibleDialogues } from "../dialogues/access";
import { isId } from "../form-values";
import { type Continuity, compareRosters, postAsOf, type RosterMember, utcDay } from "./continuity";
import { postSelect } from "./reads";

type Client = Tx | typeof db;

/**
 * The rosters of two sessions, each member with their post on their session's day: for a held
 * session, who came (not the no-shows); for a later one, who is still expected (not no-shows, nor
 * declined or withdrawn). One read for both: the posts are read up to the later day, and each
 * roster picks the post of its own day.
 */
async function rostersOf(
  client: Client,
  from: SessionChoice,
  to: SessionChoice,
): Promise<[RosterMember[], RosterMember[]]> {
  const last = new Date(Math.max(utcDay(from.startsAt).getTime(), utcDay(to.startsAt).getTime()));
  const rows = await client.sessionParticipant.findMany({
    where: { sessionId: { in: [from.id, to.id] }, attendance: { not: "NO_SHOW" } },
    select: {
      sessionId: true,
      participant: {
        select: {
          side: true,
          role: true,
          status: true,
          interlocutor: {
            select: {
              id: true,
              name: true,
              affiliations: {
                where: { startsOn: { lte: last } },
                select: { ...postSelect, institution: { select: { name: true } } },
              },
            },
          },
        },
      },
    },
  });
  const rosterOf = (session: SessionChoice): RosterMember[] => {
    const day = utcDay(session.startsAt);
    return rows.flatMap(({ sessionId, participant }) =>
      sessionId !== session.id ||
      (session.status !== "HELD" && (participant.status === "DECLINED" || participant.status === "WITHDRAWN"))
        ? []
        : [
            {
              interlocutorId: participant.interlocutor.id,
              name: participant.interlocutor.name,
              side: participant.side,
              role: participant.role,
              post: postAsOf(participant.interlocutor.affiliations, day),
            },
          ],
    );
  };
  return [rosterOf(from), rosterOf(to)];
}

type SessionChoice = { id: string; title: string; startsAt: Date; status: string };

/**
 * The default pair to compare: the last held session, and the next one planned or confirmed (or,
 * failing that, the latest session after the held one).
 */
function defaultPair(sessions: SessionChoice[], now: Date) {
  const held = sessions.filter((session) => session.status === "HELD");
  const from = held[held.length - 1];
  if (!from) return null;
  const later = sessions.filter((session) => session.startsAt > from.startsAt && session.status !== "CANCELLED");
  const to = later.find((session) => session.startsAt >= now && session.status !== "HELD") ?? later[later.length - 1];
  return to ? { from, to } : null;
}

export type ContinuityView = {
  sessions: SessionChoice[];
  from: SessionChoice;
  to: SessionChoice;
  continuity: Continuity;
};

/**
 * Roster continuity between two sessions of a dialogue (by default the last held and the next),
 * with replacements from the change log. Null when the dialogue is not visible or there is no
 * pair to compare. `client` lets a write compute it inside its transaction.
 */
export async function loadContinuity(
  client: Client,
  context: MemberContext,
  dialogueId: string,
  pick: { from?: string; to?: string } = {},
): Promise<ContinuityView | null> {
  if (!isId(dialogueId)) return null;
  const sessions = await client.session.findMany({
    where: { dialogueId, dialogue: visibleDialogues(context) },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: { id: true, title: true, startsAt: true, status: true },
  });
  const chosen =
    pick.from && pick.to
      ? { from: sessions.find((s) => s.id === pick.from), to: sessions.find((s) => s.id === pick.to) }
      : defaultPair(sessions, new Date());
  if (!chosen?.from || !chosen.to) return null;
  const { from, to } = chosen as { from: SessionChoice; to: SessionChoice };
  const [before, after] = await rostersOf(client, from, to);
  const people = [...new Set([...before, ...after].map((member) => member.interlocutorId))];
  const replacements = await client.interlocutorChange.findMany({
    where: { interlocutorId: { in: people }, successorId: { in: people }, kind: "REPLACED" },
    select: { interlocutorId: true, successorId: true },
  });
  return {
    sessions,
    from,
    to,
    continuity: compareRosters(
      before,
      after,
      replacements.flatMap((row) => (row.successorId ? [{ ...row, successorId: row.successorId }] : [])),
    ),
  };
}

/** Roster continuity for the dialogue's pages (see loadContinuity). */
export async function getContinuity(
  context: MemberContext,
  dialogueId: string,
  pick: { from?: string; to?: string } = {},
) {
  return loadContinuity(db, context, dialogueId, pick);
}
