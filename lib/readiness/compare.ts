import type { ChecklistStatus, Confidence, ReviewDecision } from "../generated/prisma/enums";

/**
 * One checklist item as a review froze it. Reviews recorded before evidence was kept hold only the
 * first six fields; the comparison compares a field only where both reviews have it.
 */
export type SnapshotItem = {
  id: string;
  question: string;
  status: ChecklistStatus;
  confidence: Confidence | null;
  answer: string;
  weight: number;
  evidence?: string;
  evidenceLinks?: string[];
  /** The assignee's name as it was. */
  assignee?: string | null;
  /** Days as YYYY-MM-DD. */
  dueDate?: string | null;
  answeredOn?: string | null;
  /** Why the answer was stale then ("age" or "recheck"), or null. */
  stale?: "age" | "recheck" | null;
  gate?: boolean;
};

export type ReviewForComparison = {
  decision: ReviewDecision;
  score: number;
  decidedAt: Date | string;
  snapshot: SnapshotItem[];
};

export type ComparedField = Exclude<keyof SnapshotItem, "id">;
export type FieldChange =
  | { field: Exclude<ComparedField, "evidenceLinks">; from: unknown; to: unknown }
  | { field: "evidenceLinks"; added: string[]; removed: string[] };
export type ItemChange = { id: string; question: string; fields: FieldChange[] };

/** Every field a review freezes, in the order the comparison lists them. */
export const comparedFields: ComparedField[] = [
  "question",
  "status",
  "confidence",
  "answer",
  "evidence",
  "evidenceLinks",
  "assignee",
  "dueDate",
  "answeredOn",
  "stale",
  "weight",
  "gate",
];

function fieldChange(field: ComparedField, previous: SnapshotItem, item: SnapshotItem): FieldChange | null {
  if (!(field in previous) || !(field in item)) return null;
  if (field === "evidenceLinks") {
    const before = previous.evidenceLinks ?? [];
    const after = item.evidenceLinks ?? [];
    const added = after.filter((link) => !before.includes(link));
    const removed = before.filter((link) => !after.includes(link));
    return added.length || removed.length ? { field, added, removed } : null;
  }
  const from = previous[field] ?? null;
  const to = item[field] ?? null;
  return from === to ? null : { field, from, to };
}

/** What changed between two reviews: decision, score, and item by item (added, removed, every changed field). */
export function compareReviews(older: ReviewForComparison, newer: ReviewForComparison) {
  const before = new Map(older.snapshot.map((item) => [item.id, item]));
  const after = new Map(newer.snapshot.map((item) => [item.id, item]));
  const changed: ItemChange[] = [];
  for (const item of newer.snapshot) {
    const previous = before.get(item.id);
    if (!previous) continue;
    const fields = comparedFields
      .map((field) => fieldChange(field, previous, item))
      .filter((change): change is FieldChange => change !== null);
    if (fields.length) changed.push({ id: item.id, question: item.question, fields });
  }
  return {
    decision: { from: older.decision, to: newer.decision, changed: older.decision !== newer.decision },
    score: { from: older.score, to: newer.score, delta: newer.score - older.score },
    added: newer.snapshot.filter((item) => !before.has(item.id)),
    removed: older.snapshot.filter((item) => !after.has(item.id)),
    changed,
  };
}
