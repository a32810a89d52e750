import { describe, expect, it } from "vitest";
import { GATE_CAP, isOverdue, readiness, type ScoredItem, staleness, todayUtc } from "./score";

const item = (
  id: string,
  status: ScoredItem["status"],
  confidence: ScoredItem["confidence"],
  weight = 1,
): ScoredItem => ({
  id,
  question: `Question ${id}`,
  status,
  confidence,
  weight,
});

describe("readiness", () => {
  it("is 0 with nothing answered and 100 with everything answered at high confidence", () => {
    expect(readiness([item("a", "OPEN", null), item("b", "BLOCKED", null)]).score).toBe(0);
    expect(readiness([item("a", "ANSWERED", "HIGH"), item("b", "ANSWERED", "HIGH", 3)]).score).toBe(100);
  });

  it("weights items, and multiplies status by confidence", () => {
    // a: 3 × 1 × 1 = 3; b: 1 × 0.5 × 0.7 = 0.35; total weight 4 → 83.75 → 84
    expect(readiness([item("a", "ANSWERED", "HIGH", 3), item("b", "IN_PROGRESS", "MEDIUM", 1)]).score).toBe(84);
  });

  it("counts an answer with no confidence as low", () => {
    expect(readiness([item("a", "ANSWERED", null)]).score).toBe(40);
    expect(readiness([item("a", "ANSWERED", "LOW")]).score).toBe(40);
  });

  it("leaves out items that do not apply, and those weighted zero", () => {
    const result = readiness([
      item("a", "ANSWERED", "HIGH"),
      item("b", "NOT_APPLICABLE", null, 5),
      item("c", "OPEN", null, 0),
    ]);
    expect(result).toMatchObject({ score: 100, counted: 1, drags: [] });
  });

  it("explains itself: the items holding it down, costliest first, with why", () => {
    const result = readiness([
      item("a", "ANSWERED", "HIGH", 2),
      item("b", "BLOCKED", null, 3),
      item("c", "ANSWERED", "MEDIUM", 1),
      item("d", "OPEN", null, 1),
    ]);
    expect(result.drags).toEqual([
      { id: "b", question: "Question b", points: 42.9, why: "blocked" },
      { id: "d", question: "Question d", points: 14.3, why: "not started" },
      { id: "c", question: "Question c", points: 4.3, why: "medium confidence" },
    ]);
    expect(result.score).toBe(39);
  });

  it("is 0 for an empty checklist", () => {
    expect(readiness([])).toEqual({
      score: 0,
      drags: [],
      counted: 0,
      openGates: [],
      verdict: "SCORED",
      uncapped: null,
    });
  });
});

describe("overdue", () => {
  const today = todayUtc(new Date("2027-03-02T23:30:00+01:00"));

  it("counts from midnight UTC, as due dates are stored", () => {
    expect(today.toISOString()).toBe("2027-03-02T00:00:00.000Z");
  });

  it("is an item still to be answered whose due date has passed, never one due today", () => {
    const due = (day: string) => new Date(`${day}T00:00:00Z`);
    expect(isOverdue({ status: "OPEN", dueDate: due("2027-03-01") }, today)).toBe(true);
    expect(isOverdue({ status: "BLOCKED", dueDate: due("2027-03-01") }, today)).toBe(true);
    expect(isOverdue({ status: "IN_PROGRESS", dueDate: due("2027-03-02") }, today)).toBe(false);
    expect(isOverdue({ status: "ANSWERED", dueDate: due("2027-01-01") }, today)).toBe(false);
    expect(isOverdue({ status: "NOT_APPLICABLE", dueDate: due("2027-01-01") }, today)).toBe(false);
    expect(isOverdue({ status: "OPEN", dueDate: null }, today)).toBe(false);
  });
});

describe("gates", () => {
  const gate = (status: ScoredItem["status"], confidence: ScoredItem["confidence"] = null) => ({
    ...item("travel", status, confidence, 3),
    question: "Can participants travel and meet?",
    gate: true,
  });
  const rest = [
    item("a", "ANSWERED", "HIGH", 3),
    item("b", "ANSWERED", "HIGH", 2),
    item("c", "ANSWERED", "HIGH", 2),
    item("d", "ANSWERED", "HIGH", 2),
    item("e", "ANSWERED", "HIGH", 2),
    item("f", "ANSWERED", "HIGH", 3),
    item("g", "ANSWERED", "HIGH", 1),
  ];

  it("travel blocked and everything else perfect gives Not ready, not 86", () => {
    const result = readiness([...rest, gate("BLOCKED")]);
    expect(result.verdict).toBe("NOT_READY");
    expect(result.openGates).toEqual([
      { id: "travel", question: "Can participants travel and meet?", status: "BLOCKED" },
    ]);
    expect(result.uncapped).toBe(83);
    expect(result.score).toBe(GATE_CAP);
    // The same checklist without the gate is scored by its points alone.
    expect(readiness([...rest, { ...gate("BLOCKED"), gate: false }])).toMatchObject({
      verdict: "SCORED",
      score: 83,
      uncapped: null,
    });
  });

  it.each(["OPEN", "IN_PROGRESS", "BLOCKED"] as const)("holds while the gate is %s", (status) => {
    expect(readiness([...rest, gate(status, "HIGH")]).verdict).toBe("NOT_READY");
  });

  it("opens once the gate is answered, or ruled not to apply", () => {
    expect(readiness([...rest, gate("ANSWERED", "HIGH")])).toMatchObject({ verdict: "SCORED", score: 100 });
    expect(readiness([...rest, gate("NOT_APPLICABLE")])).toMatchObject({ verdict: "SCORED", openGates: [] });
  });

  it("does not raise a score already under the cap", () => {
    const low = readiness([item("a", "OPEN", null, 5), gate("BLOCKED")]);
    expect(low).toMatchObject({ verdict: "NOT_READY", score: 0, uncapped: null });
  });
});

describe("staleness", () => {
  const today = new Date("2027-03-02T00:00:00Z");
  const answer = (answeredOn: string | null, reviewIntervalDays: number | null, pendingRechecks = 0) => ({
    status: "ANSWERED" as const,
    answeredOn: answeredOn ? new Date(`${answeredOn}T00:00:00Z`) : null,
    reviewIntervalDays,
    pendingRechecks,
  });

  it("goes stale by age on the day its review interval runs out, not before", () => {
    expect(staleness(answer("2026-12-02", 90), today)).toMatchObject({ stale: true, reason: "age" });
    expect(staleness(answer("2026-12-03", 90), today)).toMatchObject({ stale: false, reason: null });
    expect(staleness(answer("2026-12-03", 90), today).staleOn?.toISOString()).toBe("2027-03-03T00:00:00.000Z");
  });

  it("never goes stale by age without an interval or an as-of day", () => {
    expect(staleness(answer("2020-01-01", null), today).stale).toBe(false);
    expect(staleness(answer(null, 90), today).stale).toBe(false);
  });

  it("needs a re-check while an outside event awaits one, however fresh the answer", () => {
    expect(staleness(answer("2027-03-01", 90, 1), today)).toMatchObject({ stale: true, reason: "recheck" });
  });

  it("leaves open and not-applicable items alone", () => {
    expect(staleness({ ...answer("2020-01-01", 90, 2), status: "OPEN" }, today).stale).toBe(false);
    expect(staleness({ ...answer("2020-01-01", 90, 2), status: "NOT_APPLICABLE" }, today).stale).toBe(false);
  });

  it("counts a stale answer one confidence level lower, and says why", () => {
    const fresh = item("a", "ANSWERED", "HIGH", 1);
    expect(readiness([{ ...fresh, stale: true }]).score).toBe(70);
    expect(readiness([{ ...item("a", "ANSWERED", "MEDIUM"), stale: true }]).score).toBe(40);
    expect(readiness([{ ...item("a", "ANSWERED", "LOW"), stale: true }]).score).toBe(20);
    expect(readiness([{ ...item("a", "IN_PROGRESS", "HIGH"), stale: true }]).drags[0]?.why).toBe(
      "in progress, stale, high confidence",
    );
    // A stale sanctions answer two years old no longer counts in full.
    const checklist = [item("b", "ANSWERED", "HIGH", 3), { ...fresh, weight: 3, stale: true }];
    expect(readiness(checklist).score).toBe(85);
    expect(readiness(checklist).drags).toEqual([
      { id: "a", question: "Question a", points: 15, why: "stale, high confidence" },
    ]);
  });
});

describe("gate conditions", () => {
  it("keep a perfect checklist not ready until met", () => {
    const condition = {
      id: "c",
      question: "Condition: no media",
      status: "BLOCKED" as const,
      kind: "condition" as const,
    };
    expect(readiness([item("a", "ANSWERED", "HIGH")], [condition])).toMatchObject({
      verdict: "NOT_READY",
      score: GATE_CAP,
      uncapped: 100,
      openGates: [condition],
    });
    expect(readiness([item("a", "ANSWERED", "HIGH")], [])).toMatchObject({ verdict: "SCORED", score: 100 });
  });
});
