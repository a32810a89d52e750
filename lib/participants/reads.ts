import "server-only";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { visibleDialogues } from "../dialogues/access";
import { isId } from "../form-values";
import { utcDay } from "./continuity";

export const postSelect = {
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
