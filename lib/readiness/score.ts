import type { ChecklistStatus, Confidence } from "../generated/prisma/enums";

export type ScoredItem = {
  id: string;
  question: string;
  status: ChecklistStatus;
  confidence: Confidence | null;
  weight: number;
  /** A gate: while it is not answered (or ruled not to apply), the dialogue is not ready. */
  gate?: boolean;
  /** Past its review interval, or awaiting a re-check after an outside event: it counts at lower confidence. */
  stale?: boolean;
};

/** The most a dialogue can score while one of its gates is still open or blocked. */
export const GATE_CAP = 49;

/** How far an item's status carries it: an answer counts in full, work under way counts half. */
export const statusFactor: Record<ChecklistStatus, number> = {
  ANSWERED: 1,
  IN_PROGRESS: 0.5,
  OPEN: 0,
  BLOCKED: 0,
  NOT_APPLICABLE: 0,
};
/** How far the answer can be trusted; an answer with no stated confidence counts as low. */
export const confidenceFactor: Record<Confidence, number> = { HIGH: 1, MEDIUM: 0.7, LOW: 0.4 };
/** A stale answer counts one level lower: high as medium, medium as low, and low at half of low. */
export const staleConfidenceFactor: Record<Confidence, number> = { HIGH: 0.7, MEDIUM: 0.4, LOW: 0.2 };

export type Drag = { id: string; question: string; points: number; why: string };
/** An open gate: a checklist item, or a gate condition a side stated that is not yet met. */
export type Gate = { id: string; question: string; status: ChecklistStatus; kind?: "condition" };
export type Readiness = {
  score: number;
  drags: Drag[];
  counted: number;
  /** The gates still open, in progress or blocked: any one makes the verdict "Not ready". */
  openGates: Gate[];
  verdict: "NOT_READY" | "SCORED";
  /** The score before a gate capped it, when one did. */
  uncapped: number | null;
};

function why(item: ScoredItem): string {
  if (item.status === "BLOCKED") return "blocked";
  if (item.status === "OPEN") return "not started";
  const confidence = item.confidence ? `${item.confidence.toLowerCase()} confidence` : "no confidence given";
  const stated = item.stale ? `stale, ${confidence}` : confidence;
  return item.status === "IN_PROGRESS" ? `in progress, ${stated}` : stated;
}

/**
 * The readiness score, 0 to 100: each item's weight times its status factor times its confidence
 * factor, over the total weight of the items that apply. It explains itself: `drags` lists the
 * items that hold it down, by the points each costs, largest first.
 *
 * Gates overrule the points: while any gate is open, in progress or blocked, the verdict is "Not
 * ready" and the score is capped at GATE_CAP (travel blocked with everything else perfect is not
 * 86, it is not ready). Gate conditions a side stated and that are not yet met count as open
 * gates too. A stale answer counts one confidence level lower, and says so.
 */
export function readiness(items: ScoredItem[], conditionGates: Gate[] = []): Readiness {
  const openGates: Gate[] = [
    ...items
      .filter((item) => item.gate && item.status !== "ANSWERED" && item.status !== "NOT_APPLICABLE")
      .map((item) => ({ id: item.id, question: item.question, status: item.status })),
    ...conditionGates,
  ];
  const verdict = openGates.length ? ("NOT_READY" as const) : ("SCORED" as const);
  const counted = items.filter((item) => item.status !== "NOT_APPLICABLE" && item.weight > 0);
  const total = counted.reduce((sum, item) => sum + item.weight, 0);
  if (total === 0) return { score: 0, drags: [], counted: 0, openGates, verdict, uncapped: null };
  const earned = (item: ScoredItem) =>
    item.weight *
    statusFactor[item.status] *
    (item.stale ? staleConfidenceFactor : confidenceFactor)[item.confidence ?? "LOW"];
  const drags = counted
    .map((item) => ({
      id: item.id,
      question: item.question,
      points: ((item.weight - earned(item)) / total) * 100,
      why: why(item),
    }))
    .filter((drag) => drag.points > 0.0001)
    .sort((a, b) => b.points - a.points || a.question.localeCompare(b.question))
    .map((drag) => ({ ...drag, points: Math.round(drag.points * 10) / 10 }));
  const points = Math.round((counted.reduce((sum, item) => sum + earned(item), 0) / total) * 100);
  const capped = openGates.length > 0 && points > GATE_CAP;
  return {
    score: capped ? GATE_CAP : points,
    drags,
    counted: counted.length,
    openGates,
    verdict,
    uncapped: capped ? points : null,
  };
}

/** Today's date as stored due dates are: midnight UTC. */
export function todayUtc(now = new Date()): Date {
  return new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
}

/** An item is overdue when its due date has passed and it is still to be answered. */
export function isOverdue(item: { status: ChecklistStatus; dueDate: Date | null }, today: Date): boolean {
  return item.dueDate !== null && item.dueDate < today && ["OPEN", "IN_PROGRESS", "BLOCKED"].includes(item.status);
}

const DAY = 86_400_000;

/** Whether an item holds an answer to date (given, under way, or that it is blocked): what can go stale. */
export const hasAnswer = (status: ChecklistStatus) => ["ANSWERED", "IN_PROGRESS", "BLOCKED"].includes(status);

export type StalenessInput = {
  status: ChecklistStatus;
  answeredOn: Date | null;
  reviewIntervalDays: number | null;
  /** Outside events linked to the item whose re-check is still pending. */
  pendingRechecks: number;
};

/**
 * Whether an answer still holds: "recheck" while an outside event linked to it awaits a
 * confirmation, "age" once its review interval has run out since the day it was given or last
 * confirmed. Only what has been answered (or is being, or is blocked) can go stale; an item with no
 * "as of" day cannot go stale by age. `staleOn` is the day it goes (or went) stale by age.
 */
export function staleness(item: StalenessInput, today: Date) {
  const answered = hasAnswer(item.status);
  const staleOn =
    answered && item.answeredOn && item.reviewIntervalDays
      ? new Date(item.answeredOn.getTime() + item.reviewIntervalDays * DAY)
      : null;
  const reason: "recheck" | "age" | null = !answered
    ? null
    : item.pendingRechecks > 0
      ? "recheck"
      : staleOn && staleOn <= today
        ? "age"
        : null;
  return { stale: reason !== null, reason, staleOn };
}
