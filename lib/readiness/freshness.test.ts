import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { signedInWorkspace, testDb } from "../testing/fixtures";
import { countQueries } from "../testing/query-count";
import { recordReviewAction, updateChecklistItemAction } from "./actions";
import { getChecklist, listReviews } from "./data";
import { CHART_EVENTS, getReadinessHistory } from "./reads";
import { todayUtc } from "./score";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

describe("answers as of a day, and reviews that keep what they rested on", () => {
  it("dates a changed answer today unless told otherwise, and keeps the day of an unchanged one", async () => {
    const { slug, workspace } = await signedInWorkspace();
    const edit = {
      itemId: workspace.checklistItemId,
      status: "ANSWERED",
      answer: "Yes",
      confidence: "HIGH",
      weight: 3,
    };
    const asOf = async () =>
      (await testDb.checklistItem.findUniqueOrThrow({ where: { id: workspace.checklistItemId } })).answeredOn;
    expect(await updateChecklistItemAction(slug, { ...edit, version: 0 })).toMatchObject({ ok: true });
    expect(await asOf()).toEqual(todayUtc());
    expect(await updateChecklistItemAction(slug, { ...edit, version: 1, answeredOn: "2026-01-05" })).toMatchObject({
      ok: true,
    });
    expect(await asOf()).toEqual(day("2026-01-05"));
    // The form sends the stored day back with an unchanged answer: it stays.
    expect(
      await updateChecklistItemAction(slug, { ...edit, version: 2, answeredOn: "2026-01-05", weight: 2 }),
    ).toMatchObject({ ok: true });
    expect(await asOf()).toEqual(day("2026-01-05"));
    // A changed answer with the old day sent back is as of today.
    expect(
      await updateChecklistItemAction(slug, { ...edit, version: 3, answeredOn: "2026-01-05", answer: "Yes, in May" }),
    ).toMatchObject({ ok: true });
    expect(await asOf()).toEqual(todayUtc());
    expect(await updateChecklistItemAction(slug, { ...edit, version: 4, answeredOn: "2999-01-01" })).toMatchObject({
      reason: "INVALID",
      fieldErrors: { answeredOn: ["Give today or an earlier day."] },
    });
    expect(await updateChecklistItemAction(slug, { ...edit, version: 4, reviewIntervalDays: "0" })).toMatchObject({
      reason: "INVALID",
      fieldErrors: { reviewIntervalDays: [expect.stringContaining("1 to 3650")] },
    });
  });

  it("counts an answer past its interval as stale, at lower confidence, in the checklist's score", async () => {
    const { slug, workspace } = await signedInWorkspace();
    const edit = {
      itemId: workspace.checklistItemId,
      version: 0,
      status: "ANSWERED",
      answer: "Nobody listed.",
      confidence: "HIGH",
      weight: 3,
      answeredOn: "2024-11-01",
      reviewIntervalDays: "90",
    };
    expect(await updateChecklistItemAction(slug, edit)).toMatchObject({ ok: true });
    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    const [item] = await getChecklist(context, workspace.dialogue.id);
    expect(item?.staleness).toMatchObject({ stale: true, reason: "age", staleOn: day("2025-01-30") });
    expect(await updateChecklistItemAction(slug, { ...edit, version: 1, reviewIntervalDays: "" })).toMatchObject({
      ok: true,
    });
    const [fresh] = await getChecklist(context, workspace.dialogue.id);
    expect(fresh).toMatchObject({ reviewIntervalDays: null, staleness: { stale: false } });
  });

  it("freezes evidence, links, assignee, due and as-of days in a review; later edits change none of it", async () => {
    const { slug, workspace, members } = await signedInWorkspace();
    const edit = {
      itemId: workspace.checklistItemId,
      version: 0,
      status: "ANSWERED",
      answer: "Both sides want it.",
      evidence: "Letter of 3 March",
      evidenceLinks: "https://example.org/letter",
      confidence: "HIGH",
      assigneeId: members.CONTRIBUTOR.id,
      dueDate: "2027-02-01",
      answeredOn: "2026-11-20",
      weight: 3,
    };
    expect(await updateChecklistItemAction(slug, edit)).toMatchObject({ ok: true });
    const review = { dialogueId: workspace.dialogue.id, decision: "GO", rationale: "Both sides want it, in writing." };
    expect(await recordReviewAction(slug, review)).toMatchObject({ ok: true });
    expect(
      await updateChecklistItemAction(slug, { ...edit, version: 1, evidence: "Call of 9 May", assigneeId: "" }),
    ).toMatchObject({ ok: true });
    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    const [recorded] = await listReviews(context, workspace.dialogue.id);
    expect(recorded?.snapshot).toEqual([
      {
        id: workspace.checklistItemId,
        question: "Is there a future for this dialogue?",
        status: "ANSWERED",
        confidence: "HIGH",
        answer: "Both sides want it.",
        evidence: "Letter of 3 March",
        evidenceLinks: ["https://example.org/letter"],
        assignee: members.CONTRIBUTOR.user.name,
        dueDate: "2027-02-01",
        answeredOn: "2026-11-20",
        stale: null,
        weight: 3,
        gate: false,
      },
    ]);
  });
});

describe("readiness over time", () => {
  it("gives each review's score and decision in order, and the events linked to the dialogue or its counterpart", async () => {
    const { slug, workspace, organization } = await signedInWorkspace();
    for (const [decision, rationale] of [
      ["NOT_YET", "Access is blocked for now."],
      ["GO", "Access is open and both sides confirmed."],
    ]) {
      expect(await recordReviewAction(slug, { dialogueId: workspace.dialogue.id, decision, rationale })).toMatchObject({
        ok: true,
      });
    }
    const event = (title: string, counterparts: string[]) =>
      testDb.contextEvent.create({
        data: {
          organizationId: organization.id,
          occurredOn: day("2026-10-01"),
          kind: "OTHER",
          title,
          source: "Press",
          counterparts,
        },
      });
    await event("Eastmarch reshuffles its cabinet", ["Republic of Eastmarch"]);
    await event("Westmarch closes its border", ["Republic of Westmarch"]);
    const linked = await event("A listing linked by hand", []);
    await testDb.contextEventLink.create({
      data: { organizationId: organization.id, eventId: linked.id, checklistItemId: workspace.checklistItemId },
    });
    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    // Two reads side by side, each holding to the dialogue being visible: no read of it first.
    const { result: history, queries } = await countQueries(() => getReadinessHistory(context, workspace.dialogue));
    expect(queries).toBe(2);
    expect(history?.reviews.map((review) => review.decision)).toEqual(["NOT_YET", "GO"]);
    expect(history?.events.map((row) => row.title).sort()).toEqual([
      "A listing linked by hand",
      "Eastmarch reshuffles its cabinet",
    ]);
  });

  it("draws the latest outside events when years of them bear on the dialogue", async () => {
    const { slug, workspace, organization } = await signedInWorkspace();
    expect(
      await recordReviewAction(slug, {
        dialogueId: workspace.dialogue.id,
        decision: "NOT_YET",
        rationale: "Access is blocked for now.",
      }),
    ).toMatchObject({ ok: true });
    // One event a week for CHART_EVENTS + 5 weeks, all about the dialogue's counterpart.
    const weeks = CHART_EVENTS + 5;
    const start = day("2024-01-01").getTime();
    await testDb.contextEvent.createMany({
      data: Array.from({ length: weeks }, (_, i) => ({
        organizationId: organization.id,
        occurredOn: new Date(start + i * 7 * 86_400_000),
        kind: "OTHER" as const,
        title: `Week ${i}`,
        source: "Press",
        counterparts: [workspace.dialogue.counterpart],
      })),
    });
    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    const history = await getReadinessHistory(context, workspace.dialogue);
    const titles = Array.from({ length: weeks }, (_, i) => `Week ${i}`).slice(-CHART_EVENTS);
    expect(history.events.map((row) => row.title)).toEqual(titles);
  });
});
