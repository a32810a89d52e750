import type { ChecklistStatus, Confidence } from "../generated/prisma/enums";

export type ScoredItem = {
  id: string;
  question: string;
  status: ChecklistStatus;
  confidence: Confidence | null;
  weight: number;
};

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

export type Drag = { id: string; question: string; points: number; why: string };
export type Readiness = { score: number; drags: Drag[]; counted: number };

function why(item: ScoredItem): string {
  if (item.status === "BLOCKED") return "blocked";
  if (item.status === "OPEN") return "not started";
  const confidence = item.confidence ? `${item.confidence.toLowerCase()} confidence` : "no confidence given";
  return item.status === "IN_PROGRESS" ? `in progress, ${confidence}` : confidence;
}

/**
 * The readiness score, 0 to 100: each item's weight times its status factor times its confidence
 * factor, over the total weight of the items that apply. It explains itself: `drags` lists the
 * items that hold it down, by the points each costs, largest first.
 */
export function readiness(items: ScoredItem[]): Readiness {
  const counted = items.filter((item) => item.status !== "NOT_APPLICABLE" && item.weight > 0);
  const total = counted.reduce((sum, item) => sum + item.weight, 0);
  if (total === 0) return { score: 0, drags: [], counted: 0 };
  const earned = (item: ScoredItem) =>
    item.weight *
    statusFactor[item.status] *
    (item.confidence ? confidenceFactor[item.confidence] : confidenceFactor.LOW);
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
  const score = Math.round((counted.reduce((sum, item) => sum + earned(item), 0) / total) * 100);
  return { score, drags, counted: counted.length };
}

/** Today's date as stored due dates are: midnight UTC. */
export function todayUtc(now = new Date()): Date {
  return new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
}

/** An item is overdue when its due date has passed and it is still to be answered. */
export function isOverdue(item: { status: ChecklistStatus; dueDate: Date | null }, today: Date): boolean {
  return item.dueDate !== null && item.dueDate < today && ["OPEN", "IN_PROGRESS", "BLOCKED"].includes(item.status);
}
