import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { getDashboard } from "../dialogues/dashboard";
import { signedInWorkspace, testDb } from "../testing/fixtures";
import { addFollowUpAction, addReadoutAction, recordOutcomeAction, updateFollowUpAction } from "./actions";
import { getSessionOutcome, listOpenFollowUps } from "./reads";

describe("session outcomes", () => {
  it("records an unattributed summary, and refuses one that names someone on the list", async () => {
    const { slug, workspace } = await signedInWorkspace();
    const person = await testDb.interlocutor.findUniqueOrThrow({ where: { id: workspace.interlocutorId } });
    const summary = { sessionId: workspace.heldSessionId, version: 0 };
    const named = await recordOutcomeAction(slug, { ...summary, outcome: `${person.name} proposed a data exchange.` });
    expect(named).toMatchObject({
      reason: "INVALID",
      fieldErrors: { outcome: [expect.stringContaining(`names ${person.name}`)] },
    });
    const outcome = "One side proposed a data exchange; the other will answer by January.";
    expect(await recordOutcomeAction(slug, { ...summary, outcome })).toMatchObject({ ok: true });
    // On the record, names may stand.
    await testDb.session.update({ where: { id: workspace.heldSessionId }, data: { attributionRule: "ON_THE_RECORD" } });
    expect(
      await recordOutcomeAction(slug, { ...summary, version: 1, outcome: `${person.name} proposed it.` }),
    ).toMatchObject({ ok: true });
  });

  it("records outcomes only for a held session", async () => {
    const { slug, workspace } = await signedInWorkspace();
    const planned = { sessionId: workspace.sessionId };
    expect(
      await recordOutcomeAction(slug, { ...planned, version: 0, outcome: "Nothing yet, it has not met." }),
    ).toMatchObject({
      reason: "INVALID",
      message: expect.stringContaining("once the session is held"),
    });
    expect(await addFollowUpAction(slug, { ...planned, what: "Too early", side: "OURS" })).toMatchObject({
      reason: "INVALID",
    });
    expect(await testDb.followUp.count({ where: { sessionId: workspace.sessionId } })).toBe(0);
  });

  it("carries open follow-ups to the next session's plan, and overdue ones to the board", async () => {
    const { slug, workspace, members } = await signedInWorkspace();
    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    const late = {
      sessionId: workspace.heldSessionId,
      what: "Send the draft terms of reference",
      side: "OURS",
      assigneeId: members.CONTRIBUTOR.id,
      dueDate: "2026-07-01",
    };
    const added = await addFollowUpAction(slug, late);
    expect(added).toMatchObject({ ok: true, data: { status: "OPEN" } });
    if (!added.ok) throw new Error("expected the follow-up");
    expect((await listOpenFollowUps(context, workspace.dialogue.id)).map((row) => row.what)).toEqual([
      "Send the draft terms of reference",
      "Share the fisheries data set",
    ]);
    const row = async () => (await getDashboard(context, 1)).rows.find((r) => r.id === workspace.dialogue.id);
    expect((await row())?.overdueFollowUps).toEqual(["Send the draft terms of reference"]);

    const done = { ...late, followUpId: added.data.id, version: 0, status: "DONE" };
    expect(await updateFollowUpAction(slug, done)).toMatchObject({ ok: true });
    expect((await row())?.overdueFollowUps).toEqual([]);
    expect((await listOpenFollowUps(context, workspace.dialogue.id)).map((r) => r.what)).toEqual([
      "Share the fisheries data set",
    ]);
    expect(await updateFollowUpAction(slug, done)).toMatchObject({ reason: "CONFLICT" });
  });

  it("records who in government was briefed, and refuses a briefing still to come", async () => {
    const { slug, workspace } = await signedInWorkspace();
    const readout = {
      sessionId: workspace.heldSessionId,
      unit: "Ministry for Foreign Affairs, Asia department",
      briefedOn: "2026-06-10",
      briefedBy: "Head of programme",
      mode: "CALL",
      reaction: "Asked for the data-exchange proposal in writing.",
    };
    expect(await addReadoutAction(slug, { ...readout, briefedOn: "2999-01-01" })).toMatchObject({
      reason: "INVALID",
      fieldErrors: { briefedOn: ["Give today or an earlier day."] },
    });
    expect(await addReadoutAction(slug, { ...readout, unit: "" })).toMatchObject({
      reason: "INVALID",
      fieldErrors: { unit: [expect.any(String)] },
    });
    expect(await addReadoutAction(slug, readout)).toMatchObject({ ok: true });
    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    const outcome = await getSessionOutcome(context, workspace.dialogue.id, workspace.heldSessionId);
    expect(outcome?.readouts).toMatchObject([{ unit: readout.unit, mode: "CALL" }]);
  });
});
