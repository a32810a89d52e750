import "server-only";
import type { MemberContext } from "../auth/member";
import { conditionGates } from "../conditions/reads";
import { db } from "../db";
import type {
  ChecklistStatus,
  Confidence,
  DialogueStatus,
  ReviewDecision,
  SessionStatus,
} from "../generated/prisma/enums";
import { COUNT_CAP, pageOf } from "../paging";
import { type Logistics, overdueLogistics } from "../participants/gate";
import { isOverdue, readiness, staleness, todayUtc } from "../readiness/score";
import { visibleDialogueSql } from "./access";
import { DIALOGUE_PAGE_SIZE } from "./reads";

/** A checklist item as the board reads it: enough for its score, staleness and overdue lines. */
type BoardItem = {
  id: string;
  dialogueId: string;
  question: string;
  status: ChecklistStatus;
  confidence: Confidence | null;
  weight: number;
  gate: boolean;
  dueDate: Date | null;
  answeredOn: Date | null;
  reviewIntervalDays: number | null;
  awaitsRecheck: boolean;
};

/** A dialogue of the page, with its latest review, next planned or confirmed session, and open gate conditions. */
type BoardDialogue = {
  id: string;
  title: string;
  counterpart: string;
  status: DialogueStatus;
  restricted: boolean;
  reviewDecision: ReviewDecision | null;
  reviewDecidedAt: Date | null;
  sessionTitle: string | null;
  sessionStartsAt: Date | null;
  sessionTimeZone: string | null;
  gates: { id: string; text: string; status: string; gate: boolean }[] | null;
};

/** An upcoming session's participant, with what their logistics are judged on. */
type BoardLogistics = Logistics & {
  name: string;
  dialogueId: string;
  title: string;
  startsAt: Date;
  sessionStatus: SessionStatus;
};

/** Adds a value to its dialogue's list. */
function append<T>(lists: Map<string, T[]>, dialogueId: string, value: T) {
  const list = lists.get(dialogueId);
  if (list) list.push(value);
  else lists.set(dialogueId, [value]);
}

const boardItem = (item: BoardItem, today: Date) =>
  Object.assign(item, {
    stale: staleness(
      {
        status: item.status,
        answeredOn: item.answeredOn,
        reviewIntervalDays: item.reviewIntervalDays,
        pendingRechecks: item.awaitsRecheck ? 1 : 0,
      },
      today,
    ).stale,
  });

/**
 * The organization's readiness board: one page of dialogues with their score, blocking and overdue
 * items, stale answers, overdue participant logistics and follow-ups, latest review and next session.
 * Four statements for the page, whatever its size: the page with its count and each dialogue's
 * latest review, next session and open gate conditions; then, for the dialogues on it, their
 * checklist items; their upcoming sessions' participants' logistics; and their overdue follow-ups.
 */
export async function getDashboard(context: MemberContext, page: number) {
  const now = new Date();
  const today = todayUtc(now);
  const organizationId = context.organizationId;
  // The page, its count, and each of its dialogues' latest review, next session and open gate
  // conditions, in one statement: the page walks the (organization, status, title, id) index,
  // checking need-to-know as it goes, and the count stops at the cap. The details are flat columns
  // of each row: as JSON nested by Prisma's relation joins, the items, reviews, sessions and
  // conditions took 25.7 ms on the embedded database against 14.1 ms flat, and the board cost the
  // server 5.5 ms more CPU. One row with no dialogue when the page is empty.
  const visible = visibleDialogueSql(context);
  const paged = await db.$queryRaw<(BoardDialogue & { total: bigint })[]>`
    WITH page AS (
      SELECT d.id, d."organizationId", d.title, d.counterpart, d.status, d.restricted
      FROM "Dialogue" d
      WHERE ${visible}
      ORDER BY d.status, d.title, d.id
      LIMIT ${DIALOGUE_PAGE_SIZE + 1} OFFSET ${(page - 1) * DIALOGUE_PAGE_SIZE}
    ), counted AS (
      SELECT count(*) AS n FROM (SELECT 1 FROM "Dialogue" d WHERE ${visible} LIMIT ${COUNT_CAP + 1}) capped
    )
    SELECT counted.n AS total, d.id, d.title, d.counterpart, d.status::text AS status, d.restricted,
      r.decision::text AS "reviewDecision", r."decidedAt" AS "reviewDecidedAt",
      s.title AS "sessionTitle", s."startsAt" AS "sessionStartsAt", s."timeZone" AS "sessionTimeZone",
      (SELECT json_agg(json_build_object('id', c.id, 'text', c.text, 'status', c.status, 'gate', c.gate)
                       ORDER BY c."statedOn", c.id)
       FROM "Condition" c
       WHERE c."dialogueId" = d.id AND c."organizationId" = d."organizationId"
         AND c.gate AND c.status IN ('STATED', 'UNMET')) AS gates
    FROM counted LEFT JOIN (page d
      LEFT JOIN LATERAL (
        SELECT v.decision, v."decidedAt" FROM "ReadinessReview" v
        WHERE v."dialogueId" = d.id AND v."organizationId" = d."organizationId"
        ORDER BY v."decidedAt" DESC LIMIT 1) r ON true
      LEFT JOIN LATERAL (
        SELECT x.title, x."startsAt", x."timeZone" FROM "Session" x
        WHERE x."dialogueId" = d.id AND x."organizationId" = d."organizationId"
          AND x."startsAt" >= ${now} AND x.status IN ('PLANNED', 'CONFIRMED')
        ORDER BY x."startsAt" LIMIT 1) s ON true) ON TRUE
    ORDER BY d.status, d.title, d.id`;
  const total = Number(paged[0]?.total ?? 0);
  const dialogues = paged.flatMap(({ total, ...row }) => (row.id === null ? [] : [row]));
  const { rows: shown, ...info } = pageOf(dialogues, total, DIALOGUE_PAGE_SIZE);
  const ids = shown.map((dialogue) => dialogue.id);
  if (ids.length === 0) return { rows: [], ...info };
  // Then, for the dialogues on the page: their checklist items, their upcoming sessions'
  // participants' logistics, and their overdue follow-ups. Every statement is held to the
  // organization and to the dialogues on the page, which need-to-know chose above.
  const [items, logistics, followUps] = await Promise.all([
    db.$queryRaw<BoardItem[]>`
      SELECT i.id, i."dialogueId", i.question, i.status::text AS status, i.confidence::text AS confidence,
        i.weight, i.gate, i."dueDate", i."answeredOn", i."reviewIntervalDays",
        EXISTS (SELECT 1 FROM "ContextEventLink" l
                WHERE l."checklistItemId" = i.id AND l."clearedAt" IS NULL) AS "awaitsRecheck"
      FROM "ChecklistItem" i
      WHERE i."organizationId" = ${organizationId} AND i."dialogueId" = ANY(${ids})
      ORDER BY i."dialogueId", i.position, i.id`,
    db.$queryRaw<BoardLogistics[]>`
      SELECT sp.attendance::text AS attendance, sp."invitationSentOn", sp.visa::text AS visa,
        sp."visaLeadDays", sp."travelBooked", p.status::text AS status, i.name,
        s."dialogueId", s.title, s."startsAt", s.status::text AS "sessionStatus"
      FROM "SessionParticipant" sp
      JOIN "Session" s ON s.id = sp."sessionId" AND s."organizationId" = sp."organizationId"
      JOIN "Participant" p ON p.id = sp."participantId" AND p."organizationId" = sp."organizationId"
      JOIN "Interlocutor" i ON i.id = p."interlocutorId" AND i."organizationId" = p."organizationId"
      WHERE sp."organizationId" = ${organizationId} AND s."dialogueId" = ANY(${ids})
        AND s."startsAt" >= ${now} AND s.status IN ('PLANNED', 'CONFIRMED')
      ORDER BY s."startsAt", sp.id`,
    db.$queryRaw<{ what: string; dialogueId: string }[]>`
      SELECT f.what, s."dialogueId"
      FROM "FollowUp" f
      JOIN "Session" s ON s.id = f."sessionId" AND s."organizationId" = f."organizationId"
      WHERE f."organizationId" = ${organizationId} AND f.status = 'OPEN' AND f."dueDate" < ${today}::date
        AND s."dialogueId" = ANY(${ids})
      ORDER BY f."dueDate", f.id`,
  ]);
  const lateFollowUps = new Map<string, string[]>();
  for (const row of followUps) append(lateFollowUps, row.dialogueId, row.what);
  const lateLogistics = new Map<string, string[]>();
  for (const row of logistics) {
    const late = overdueLogistics({ startsAt: row.startsAt, status: row.sessionStatus }, row, now);
    if (late.length > 0) append(lateLogistics, row.dialogueId, `${row.name} (${row.title}): ${late.join(", ")}`);
  }
  const itemsOf = new Map<string, ReturnType<typeof boardItem>[]>();
  for (const item of items) append(itemsOf, item.dialogueId, boardItem(item, today));
  const rows = shown.map((dialogue) => {
    const { reviewDecision, reviewDecidedAt, sessionTitle, sessionStartsAt, sessionTimeZone, gates, ...row } = dialogue;
    const own = itemsOf.get(row.id) ?? [];
    return {
      ...row,
      readiness: readiness(own, conditionGates(gates ?? [])),
      blocking: own.filter((item) => item.status === "BLOCKED"),
      overdue: own.filter((item) => isOverdue(item, today)),
      stale: own.filter((item) => item.stale),
      overdueLogistics: lateLogistics.get(row.id) ?? [],
      overdueFollowUps: lateFollowUps.get(row.id) ?? [],
      nextSession:
        sessionTitle !== null && sessionStartsAt !== null && sessionTimeZone !== null
          ? { title: sessionTitle, startsAt: sessionStartsAt, timeZone: sessionTimeZone }
          : null,
      lastReview:
        reviewDecision !== null && reviewDecidedAt !== null
          ? { decision: reviewDecision, decidedAt: reviewDecidedAt }
          : null,
    };
  });
  return { rows, ...info };
}

export type DashboardRow = Awaited<ReturnType<typeof getDashboard>>["rows"][number];
