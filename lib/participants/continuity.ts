import type { ParticipantRole, ParticipantSide } from "../generated/prisma/enums";

/**
 * Roster continuity, as pure functions: who held which post on a given day, and how the roster of
 * one session compares with another's, side by side.
 */
export type Post = {
  id: string;
  title: string;
  startsOn: Date;
  endsOn: Date | null;
  seniority: number | null;
  institution: { name: string };
};

/** The post held on `day` (a UTC date), the latest begun if records overlap; null if none. */
export function postAsOf<P extends Pick<Post, "startsOn" | "endsOn">>(posts: readonly P[], day: Date): P | null {
  let held: P | null = null;
  for (const post of posts) {
    if (post.startsOn > day || (post.endsOn !== null && post.endsOn < day)) continue;
    if (!held || post.startsOn > held.startsOn) held = post;
  }
  return held;
}

/** The UTC calendar day of a moment, as the posts' dates are stored. */
export const utcDay = (moment: Date) =>
  new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));

export type RosterMember = {
  interlocutorId: string;
  name: string;
  side: ParticipantSide;
  role: ParticipantRole;
  /** Their post on the session's day. */
  post: Post | null;
};

export type Replacement = { interlocutorId: string; successorId: string };

export const SIDES: readonly ParticipantSide[] = ["COUNTERPART", "OURS", "CO_CONVENER", "THIRD_PARTY"];

export type SideContinuity = {
  side: ParticipantSide;
  returning: { before: RosterMember; after: RosterMember; postChanged: boolean }[];
  joined: { member: RosterMember; replaces: RosterMember | null }[];
  dropped: { member: RosterMember; replacedBy: RosterMember | null }[];
};

export type LeadChange = "up" | "down" | "same" | "unknown" | "new" | "none";

export type Continuity = {
  sides: SideContinuity[];
  lead: { before: RosterMember | null; after: RosterMember | null; change: LeadChange };
  counts: { before: number; after: number; returning: number; joined: number; dropped: number; postChanged: number };
};

const leadOf = (roster: readonly RosterMember[]) =>
  roster.find((member) => member.side === "COUNTERPART" && member.role === "DELEGATION_LEAD") ?? null;

function leadChange(before: RosterMember | null, after: RosterMember | null): LeadChange {
  if (!after) return "none";
  if (!before) return "new";
  const was = before.post?.seniority ?? null;
  const is = after.post?.seniority ?? null;
  if (was === null || is === null) return before.interlocutorId === after.interlocutorId ? "same" : "unknown";
  return is > was ? "up" : is < was ? "down" : "same";
}

/**
 * Compares the roster of an earlier session with a later one's, for each side: who returns (and
 * whose post changed in between), who is new (and whom they replaced), who dropped out (and who
 * replaced them), and whether the counterpart's delegation lead went up or down in seniority.
 */
export function compareRosters(
  before: readonly RosterMember[],
  after: readonly RosterMember[],
  replacements: readonly Replacement[] = [],
): Continuity {
  const beforeById = new Map(before.map((member) => [member.interlocutorId, member]));
  const afterById = new Map(after.map((member) => [member.interlocutorId, member]));
  const successorOf = new Map(replacements.map((row) => [row.interlocutorId, row.successorId]));
  const predecessorOf = new Map(replacements.map((row) => [row.successorId, row.interlocutorId]));
  const sides = SIDES.map((side): SideContinuity => {
    const returning = after
      .filter((member) => member.side === side && beforeById.has(member.interlocutorId))
      .map((member) => {
        const earlier = beforeById.get(member.interlocutorId) as RosterMember;
        return {
          before: earlier,
          after: member,
          postChanged: (earlier.post?.id ?? null) !== (member.post?.id ?? null),
        };
      });
    const joined = after
      .filter((member) => member.side === side && !beforeById.has(member.interlocutorId))
      .map((member) => {
        const predecessor = predecessorOf.get(member.interlocutorId);
        return { member, replaces: (predecessor && beforeById.get(predecessor)) || null };
      });
    const dropped = before
      .filter((member) => member.side === side && !afterById.has(member.interlocutorId))
      .map((member) => {
        const successor = successorOf.get(member.interlocutorId);
        return { member, replacedBy: (successor && afterById.get(successor)) || null };
      });
    return { side, returning, joined, dropped };
  });
  const total = (pick: (side: SideContinuity) => unknown[]) => sides.reduce((sum, side) => sum + pick(side).length, 0);
  const leadBefore = leadOf(before);
  const leadAfter = leadOf(after);
  return {
    sides,
    lead: { before: leadBefore, after: leadAfter, change: leadChange(leadBefore, leadAfter) },
    counts: {
      before: before.length,
      after: after.length,
      returning: total((side) => side.returning),
      joined: total((side) => side.joined),
      dropped: total((side) => side.dropped),
      postChanged: sides.reduce((sum, side) => sum + side.returning.filter((row) => row.postChanged).length, 0),
    },
  };
}

const leadWords: Record<LeadChange, string> = {
  up: "more senior than before",
  down: "less senior than before",
  same: "of the same seniority",
  unknown: "of unknown relative seniority",
  new: "new (no lead last time)",
  none: "not named yet",
};

/** The comparison in a few sentences, for a checklist item's evidence. */
export function describeContinuity(
  continuity: Continuity,
  sessions: { from: { title: string }; to: { title: string } },
): string {
  const { counts, lead } = continuity;
  const share = counts.before ? Math.round((counts.returning / counts.before) * 100) : 0;
  const lines = [
    `Roster continuity from ${sessions.from.title} to ${sessions.to.title}: ${counts.returning} of ${counts.before} return (${share}%), ${counts.joined} new, ${counts.dropped} dropped, ${counts.postChanged} with a changed post.`,
  ];
  for (const side of continuity.sides) {
    for (const row of side.dropped)
      lines.push(
        row.replacedBy
          ? `${row.member.name} was replaced by ${row.replacedBy.name}.`
          : `${row.member.name} dropped out.`,
      );
    for (const row of side.returning.filter((entry) => entry.postChanged))
      lines.push(
        `${row.after.name} returns in a new post: ${row.after.post ? `${row.after.post.title}, ${row.after.post.institution.name}` : "none recorded"}.`,
      );
  }
  const leadName = lead.after ? `${lead.after.name}` : "";
  lines.push(`The counterpart's delegation lead${leadName ? ` (${leadName})` : ""} is ${leadWords[lead.change]}.`);
  return lines.join("\n");
}
