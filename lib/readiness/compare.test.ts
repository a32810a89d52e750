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

it("shows every field a review freezes: evidence, links, assignee, dates, staleness and gate", () => {
  const kept: SnapshotItem = {
    ...base,
    status: "ANSWERED",
    confidence: "HIGH",
    answer: "Clear",
    evidence: "Checked the lists in March.",
    evidenceLinks: ["https://example.org/a", "https://example.org/b"],
    assignee: "Mira Solberg",
    dueDate: "2027-03-01",
    answeredOn: "2027-02-20",
    stale: null,
    gate: true,
  };
  const later: SnapshotItem = {
    ...kept,
    evidence: "Checked again after the new listing.",
    evidenceLinks: ["https://example.org/b", "https://example.org/c"],
    assignee: "Jonas Berg",
    dueDate: null,
    answeredOn: "2027-05-02",
    stale: "recheck",
  };
  const review = (snapshot: SnapshotItem[]) => ({ decision: "GO" as const, score: 80, decidedAt: "", snapshot });
  expect(compareReviews(review([kept]), review([later])).changed[0]?.fields).toEqual([
    { field: "evidence", from: "Checked the lists in March.", to: "Checked again after the new listing." },
    { field: "evidenceLinks", added: ["https://example.org/c"], removed: ["https://example.org/a"] },
    { field: "assignee", from: "Mira Solberg", to: "Jonas Berg" },
    { field: "dueDate", from: "2027-03-01", to: null },
    { field: "answeredOn", from: "2027-02-20", to: "2027-05-02" },
    { field: "stale", from: null, to: "recheck" },
  ]);
});

it("compares a review recorded before evidence was kept only on the fields both hold", () => {
  const review = (snapshot: SnapshotItem[]) => ({ decision: "GO" as const, score: 80, decidedAt: "", snapshot });
  const newer = { ...base, evidence: "Now kept", evidenceLinks: [], assignee: "Mira Solberg", answer: "Yes" };
  expect(compareReviews(review([base]), review([newer])).changed[0]?.fields).toEqual([
    { field: "answer", from: "", to: "Yes" },
  ]);
});
