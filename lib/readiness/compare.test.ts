import { expect, it } from "vitest";
import { compareReviews, type SnapshotItem } from "./compare";

const base: SnapshotItem = {
  id: "1",
  question: "Is there a future?",
  status: "OPEN",
  confidence: null,
  answer: "",
  weight: 3,
};

it("reports the decision, the score and each item's changes, additions and removals", () => {
  const older = {
    decision: "NOT_YET" as const,
    score: 20,
    decidedAt: "2026-01-01",
    snapshot: [base, { ...base, id: "2", question: "Gone" }],
  };
  const newer = {
    decision: "GO" as const,
    score: 75,
    decidedAt: "2026-02-01",
    snapshot: [
      { ...base, status: "ANSWERED" as const, confidence: "HIGH" as const, answer: "Yes" },
      { ...base, id: "3", question: "New" },
    ],
  };
  const diff = compareReviews(older, newer);
  expect(diff.decision).toEqual({ from: "NOT_YET", to: "GO", changed: true });
  expect(diff.score).toEqual({ from: 20, to: 75, delta: 55 });
  expect(diff.added.map((item) => item.id)).toEqual(["3"]);
  expect(diff.removed.map((item) => item.id)).toEqual(["2"]);
  expect(diff.changed).toEqual([
    {
      id: "1",
      question: "Is there a future?",
      fields: [
        { field: "status", from: "OPEN", to: "ANSWERED" },
        { field: "confidence", from: null, to: "HIGH" },
        { field: "answer", from: "", to: "Yes" },
      ],
    },
  ]);
});
