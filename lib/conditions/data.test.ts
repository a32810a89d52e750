import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { getDashboard } from "../dialogues/dashboard";
import { createWorkspace, signedInWorkspace, testDb } from "../testing/fixtures";
import { addConditionAction, updateConditionAction } from "./actions";
import { conditionGates } from "./reads";

const condition = {
  text: "A venue in a neutral country",
  side: "COUNTERPART",
  statedOn: "2026-10-01",
  source: "Meeting at the embassy, 1 October",
  status: "STATED",
};

describe("counterpart conditions", () => {
  it("counts a gate condition as an open gate until it is met or withdrawn", () => {
    const of = (status: string, gate = true) => conditionGates([{ id: "c", text: "No media", status, gate }]);
    expect(of("STATED")).toEqual([{ id: "c", question: "Condition: No media", status: "BLOCKED", kind: "condition" }]);
    expect(of("UNMET")).toHaveLength(1);
    expect(of("MET")).toEqual([]);
    expect(of("WITHDRAWN")).toEqual([]);
    expect(of("UNMET", false)).toEqual([]);
  });

  it("makes the board say Not ready while a gate condition is unmet, and lets go once it is met", async () => {
    const { slug, workspace } = await signedInWorkspace();
    const added = await addConditionAction(slug, {
      ...condition,
      dialogueId: workspace.dialogue.id,
      gate: "on",
      formatIds: [workspace.proposedFormatId],
      sessionIds: [workspace.sessionId],
    });
    expect(added).toMatchObject({
      ok: true,
      data: { gate: true, formats: [{ formatId: workspace.proposedFormatId }] },
    });
    if (!added.ok) throw new Error("expected the condition");
    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    const row = async () => (await getDashboard(context, 1)).rows.find((r) => r.id === workspace.dialogue.id);
    expect((await row())?.readiness.openGates).toEqual([
      { id: added.data.id, question: "Condition: A venue in a neutral country", status: "BLOCKED", kind: "condition" },
    ]);
    const met = { ...condition, conditionId: added.data.id, version: 0, status: "MET", gate: "on" };
    expect(await updateConditionAction(slug, met)).toMatchObject({
      ok: true,
      data: { status: "MET", formats: [], sessions: [] },
    });
    expect((await row())?.readiness.openGates).toEqual([]);
  });

  it("refuses another dialogue's format or session, and a day still to come, changing nothing", async () => {
    const { slug, organization, workspace } = await signedInWorkspace();
    const other = await createWorkspace(organization.id);
    const input = { ...condition, dialogueId: workspace.dialogue.id };
    expect(await addConditionAction(slug, { ...input, formatIds: [other.currentFormatId] })).toMatchObject({
      reason: "INVALID",
    });
    expect(await addConditionAction(slug, { ...input, sessionIds: [other.sessionId] })).toMatchObject({
      reason: "INVALID",
    });
    expect(await addConditionAction(slug, { ...input, statedOn: "2999-01-01" })).toMatchObject({
      reason: "INVALID",
      fieldErrors: { statedOn: ["Give today or an earlier day."] },
    });
    expect(await addConditionAction(slug, { ...input, text: "" })).toMatchObject({
      reason: "INVALID",
      fieldErrors: { text: [expect.any(String)] },
    });
    expect(await testDb.condition.count({ where: { dialogueId: workspace.dialogue.id } })).toBe(1);
  });
});
