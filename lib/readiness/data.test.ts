import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { actAs, signedInWorkspace as setup, testDb } from "../testing/fixtures";
import { getChecklist } from "./data";

async function setupWithContext() {
  const fixture = await setup();
  const context = await getMemberContext(fixture.slug);
  if (!context) throw new Error("expected a membership");
  return { ...fixture, context };
}

import { addChecklistItemAction, recordReviewAction, updateChecklistItemAction } from "./actions";

describe("the readiness checklist and reviews", () => {
  it("makes any item a gate, or not, as the form's box says", async () => {
    const { slug, workspace } = await setup();
    const edit = { itemId: workspace.checklistItemId, status: "BLOCKED", weight: 3 };
    const gate = async () =>
      (await testDb.checklistItem.findUniqueOrThrow({ where: { id: workspace.checklistItemId } })).gate;
    // The form sends "off" from a hidden field, and "on" too when the box is ticked.
    expect(await updateChecklistItemAction(slug, { ...edit, version: 0, gate: ["off", "on"] })).toMatchObject({
      ok: true,
    });
    expect(await gate()).toBe(true);
    expect(await updateChecklistItemAction(slug, { ...edit, version: 1 })).toMatchObject({ ok: true });
    expect(await gate()).toBe(true);
    expect(await updateChecklistItemAction(slug, { ...edit, version: 2, gate: "off" })).toMatchObject({ ok: true });
    expect(await gate()).toBe(false);
  });

  it("keeps each change to an item, refuses stale edits and bad links", async () => {
    const { slug, workspace, members } = await setup();
    const edit = {
      itemId: workspace.checklistItemId,
      version: 0,
      status: "ANSWERED",
      answer: "Yes, both sides want it.",
      evidence: "Letter of 3 March",
      evidenceLinks: "https://example.org/letter",
      confidence: "HIGH",
      assigneeId: members.CONTRIBUTOR.id,
      dueDate: "2027-02-01",
      weight: 3,
    };
    expect(await updateChecklistItemAction(slug, edit)).toMatchObject({
      ok: true,
      data: { evidenceLinks: ["https://example.org/letter"], version: 1 },
    });
    expect(await updateChecklistItemAction(slug, edit)).toMatchObject({
      reason: "CONFLICT",
      current: { answer: "Yes, both sides want it." },
    });
    expect(
      await updateChecklistItemAction(slug, { ...edit, version: 1, evidenceLinks: "javascript:alert(1)" }),
    ).toMatchObject({ reason: "INVALID", fieldErrors: { evidenceLinks: [expect.any(String)] } });
    const history = await testDb.auditEvent.findMany({
      where: { entity: "ChecklistItem", entityId: workspace.checklistItemId },
    });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ before: { status: "OPEN" }, after: { status: "ANSWERED" } });
  });

  it("freezes a snapshot in a review, which later edits do not change", async () => {
    const { slug, workspace, members } = await setup();
    await addChecklistItemAction(slug, {
      dialogueId: workspace.dialogue.id,
      question: "Who funds the next round?",
      weight: 2,
    });
    const first = await recordReviewAction(slug, {
      dialogueId: workspace.dialogue.id,
      decision: "NOT_YET",
      rationale: "Nothing answered yet.",
    });
    expect(first).toMatchObject({ ok: true, data: { score: 0, decision: "NOT_YET" } });
    await updateChecklistItemAction(slug, {
      itemId: workspace.checklistItemId,
      version: 0,
      status: "ANSWERED",
      confidence: "HIGH",
      weight: 3,
    });
    const second = await recordReviewAction(slug, {
      dialogueId: workspace.dialogue.id,
      decision: "GO",
      rationale: "The core question is answered.",
    });
    expect(second).toMatchObject({ ok: true, data: { score: 60 } });
    const reviews = await testDb.readinessReview.findMany({
      where: { dialogueId: workspace.dialogue.id },
      orderBy: { decidedAt: "asc" },
    });
    const firstStatus = (index: number) => (reviews[index]?.snapshot as { status: string }[] | undefined)?.[0]?.status;
    expect(firstStatus(0)).toBe("OPEN");
    expect(firstStatus(1)).toBe("ANSWERED");

    await actAs(members.CONTRIBUTOR.user);
    expect(
      await recordReviewAction(slug, {
        dialogueId: workspace.dialogue.id,
        decision: "GO",
        rationale: "Contributors cannot decide.",
      }),
    ).toMatchObject({ reason: "FORBIDDEN" });
  });

  it("shows each item's latest ten changes and how many there are, from events filed under its dialogue", async () => {
    const { slug, workspace, context } = await setupWithContext();
    for (let version = 0; version < 12; version++) {
      const edit = {
        itemId: workspace.checklistItemId,
        version,
        status: "IN_PROGRESS",
        answer: `Draft ${version}`,
        weight: 3,
      };
      expect(await updateChecklistItemAction(slug, edit)).toMatchObject({ ok: true });
    }
    const [item] = await getChecklist(context, workspace.dialogue.id);
    expect(item?.history.total).toBe(12);
    expect(item?.history.events).toHaveLength(10);
    expect(item?.history.events[0]?.after).toMatchObject({ answer: "Draft 11" });
    expect(item?.history.events[0]?.actorName).toBe(context.user.name);
    expect(
      await testDb.auditEvent.count({
        where: { entityId: workspace.checklistItemId, dialogueId: workspace.dialogue.id },
      }),
    ).toBe(12);
  });
});
