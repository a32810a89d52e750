import "server-only";
import type { MemberContext } from "../auth/member";
import type { Tx } from "../data-writes";
import { db } from "../db";
import { visibleDialogues } from "../dialogues/access";
import { isId } from "../form-values";
import { type Continuity, compareRosters, postAsOf, type RosterMember, utcDay } from "./continuity";

const postSelect = {
  id: true,
  title: true,
  startsOn: true,
  endsOn: true,
  seniority: true,
  institution: { select: { id: true, name: true } },
} as const;

/** The post held on `day`, as a nested select of a person's affiliations. */
const postOn = (day: Date) => ({
  where: { startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] },
  orderBy: { startsOn: "desc" as const },
  take: 1,
  select: postSelect,
});

export const participantSelect = {
  id: true,
  dialogueId: true,
  interlocutorId: true,
  side: true,
  role: true,
  capacity: true,
  status: true,
  consent: true,
  note: true,
  version: true,
} as const;

/**
 * A dialogue's participants, each with the post they held on `asOf` (a UTC day): the roster as of
 * any date. Empty unless the member can see the dialogue.
 */
export async function listParticipants(context: MemberContext, dialogueId: string, asOf: Date) {
  if (!isId(dialogueId)) return [];
  return db.participant.findMany({
    where: { dialogueId, dialogue: visibleDialogues(context) },
    orderBy: [{ side: "asc" }, { role: "asc" }, { interlocutor: { name: "asc" } }],
    select: {
      ...participantSelect,
      interlocutor: {
        select: {
          id: true,
          name: true,
          originalName: true,
          category: true,
          affiliations: postOn(asOf),
        },
      },
      _count: { select: { sessions: true } },
    },
  });
}

/** A session participant's own fields: attendance and logistics. */
export const sessionParticipantFields = {
  id: true,
  sessionId: true,
  participantId: true,
  attendance: true,
  invitationSentOn: true,
  visa: true,
  visaLeadDays: true,
  travelBooked: true,
  interpretation: true,
  version: true,
} as const;

const sessionParticipantSelect = {
  ...sessionParticipantFields,
  screenings: {
    orderBy: { createdAt: "desc" },
    take: 1,
    select: {
      id: true,
      lists: true,
      checkedOn: true,
      result: true,
      exemption: true,
      exemptionReference: true,
      note: true,
      checkedBy: { select: { name: true } },
    },
  },
} as const;

/**
 * A session's participants by side, each with their post on the session's day, newest screening
 * and logistics; plus the dialogue's participants not yet in it, and the lists to screen against.
 * Null unless the member can see the dialogue.
 */
export async function getSessionRoster(context: MemberContext, dialogueId: string, sessionId: string) {
  if (!isId(dialogueId) || !isId(sessionId)) return null;
  const session = await db.session.findFirst({
    where: { id: sessionId, dialogueId, dialogue: visibleDialogues(context) },
    select: { id: true, dialogueId: true, title: true, startsAt: true, status: true, attributionRule: true },
  });
  if (!session) return null;
  const day = utcDay(session.startsAt);
  const [rows, others, organization] = await Promise.all([
    db.sessionParticipant.findMany({
      where: { sessionId: session.id },
      orderBy: [{ participant: { side: "asc" } }, { participant: { role: "asc" } }, { id: "asc" }],
      select: {
        ...sessionParticipantSelect,
        participant: {
          select: {
            ...participantSelect,
            interlocutor: {
              select: {
                id: true,
                name: true,
                affiliations: postOn(day),
              },
            },
          },
        },
      },
    }),
    db.participant.findMany({
      where: { dialogueId: session.dialogueId, sessions: { none: { sessionId: session.id } } },
      orderBy: { interlocutor: { name: "asc" } },
      select: { id: true, status: true, interlocutor: { select: { name: true } } },
    }),
    db.organization.findUnique({ where: { id: context.organizationId }, select: { screeningLists: true } }),
  ]);
  return {
    session,
    participants: rows.map(({ screenings, participant, ...row }) => ({
      ...row,
      participant,
      post: participant.interlocutor.affiliations[0] ?? null,
      screening: screenings[0] ?? null,
    })),
    addable: others,
    screeningLists: organization?.screeningLists ?? [],
  };
}

/**
 * Who is on a session's list, for the session's own page: each participant's side and role, and
 * their post on the session's day, by side, role and id. Only what that page shows; screening,
 * logistics and the people still to add are getSessionRoster's, for the participants page.
 * `session` is the one getSession read; this read still holds to its dialogue being one the
 * member may see. Empty when it is not.
 */
export async function listSessionRoll(
  context: MemberContext,
  dialogueId: string,
  session: { id: string; startsAt: Date },
) {
  if (!isId(dialogueId) || !isId(session.id)) return [];
  const rows = await db.sessionParticipant.findMany({
    where: { sessionId: session.id, session: { dialogueId, dialogue: visibleDialogues(context) } },
    orderBy: [{ participant: { side: "asc" } }, { participant: { role: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      participant: {
        select: {
          side: true,
          role: true,
          interlocutor: { select: { id: true, name: true, affiliations: postOn(utcDay(session.startsAt)) } },
        },
      },
    },
  });
  return rows.map((row) => ({ ...row, post: row.participant.interlocutor.affiliations[0] ?? null }));
}

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
