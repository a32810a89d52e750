import type { ChecklistStatus, Confidence, ReviewDecision } from "../generated/prisma/enums";

export type SnapshotItem = {
  id: string;
  question: string;
  status: ChecklistStatus;
  confidence: Confidence | null;
  answer: string;
  weight: number;
};

export type ReviewForComparison = {
  decision: ReviewDecision;
  score: number;
  decidedAt: Date | string;
  snapshot: SnapshotItem[];
};

export type ItemChange = {
  id: string;
  question: string;
  fields: { field: keyof SnapshotItem; from: unknown; to: unknown }[];
};

const compared = ["status", "confidence", "answer", "weight", "question"] as const;

/** What changed between two reviews: decision, score, and item by item (added, removed, changed). */
export function compareReviews(older: ReviewForComparison, newer: ReviewForComparison) {
  const before = new Map(older.snapshot.map((item) => [item.id, item]));
  const after = new Map(newer.snapshot.map((item) => [item.id, item]));
  const changed: ItemChange[] = [];
  for (const item of newer.snapshot) {
    const previous = before.get(item.id);
    if (!previous) continue;
    const fields = compared
      .filter((field) => previous[field] !== item[field])
      .map((field) => ({ field, from: previous[field], to: item[field] }));
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
