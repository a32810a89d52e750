import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { checklistTemplate } from "../readiness/template";
import { actAs, signedInWorkspace as setup, testDb } from "../testing/fixtures";
import { createDialogueAction, deleteDialogueAction, setDialogueTeamAction, updateDialogueAction } from "./actions";
import { getDialogue } from "./reads";

const dialogue = {
  title: "Western Strait Dialogue",
  counterpart: "Republic of Eastmarch",
  track: "TRACK_1_5",
  status: "EXPLORING",
  attributionRule: "OFF_THE_RECORD",
};

describe("dialogues", () => {
  it("can be restricted to a team from the moment they are created, with their creator on it", async () => {
    const { slug, members } = await setup();
    const created = await createDialogueAction(slug, {
      ...dialogue,
      restricted: "on",
      memberIds: [members.CONTRIBUTOR.id],
    });
    if (!created.ok) throw new Error(created.message);
    const row = await testDb.dialogue.findUniqueOrThrow({
      where: { id: created.data.id },
      select: { restricted: true, team: { select: { memberId: true } } },
    });
    expect(row.restricted).toBe(true);
    expect(row.team.map((member) => member.memberId).sort()).toEqual(
      [members.CONVENER.id, members.CONTRIBUTOR.id].sort(),
    );
    // The viewer, not on the team, cannot tell it exists.
    await actAs(members.VIEWER.user);
    const viewer = await getMemberContext(slug);
    if (!viewer) throw new Error("expected a membership");
    expect(await getDialogue(viewer, created.data.id)).toBeNull();

    await actAs(members.CONVENER.user);
    const stranger = await createDialogueAction(slug, {
      ...dialogue,
      restricted: "on",
      memberIds: ["notamemberofthisorg"],
    });
    expect(stranger).toMatchObject({
      ok: false,
      fieldErrors: { memberIds: ["Choose team members from this organization."] },
    });
  });

  it("start with the readiness checklist: the article's questions, the context, and the unknowns", async () => {
    const { slug } = await setup();
    const result = await createDialogueAction(slug, {
      ...dialogue,
      targetWindowStart: "2027-04-01",
      targetWindowEnd: "2027-06-30",
    });
    if (!result.ok) throw new Error(result.message);
    const items = await testDb.checklistItem.findMany({
      where: { dialogueId: result.data.id },
      orderBy: { position: "asc" },
    });
    expect(items.map((item) => item.templateKey)).toEqual(checklistTemplate.map((item) => item.key));
    expect(items).toHaveLength(10);
    // Travel and sanctions are gates; no built-in question asserts a fact about one counterpart.
    expect(items.filter((item) => item.gate).map((item) => item.templateKey)).toEqual(["sanctions", "access"]);
    for (const item of items)
      expect(`${item.question} ${item.guidance}`).not.toMatch(/no online option|Indo-Pacific|DPRK|North Korea/);
    expect(result.data.targetWindowStart?.toISOString()).toBe("2027-04-01T00:00:00.000Z");
  });

  it("refuse bad input with messages beside the fields", async () => {
    const { slug } = await setup();
    const result = await createDialogueAction(slug, {
      ...dialogue,
      title: "x",
      targetWindowStart: "2027-06-30",
      targetWindowEnd: "2027-04-01",
    });
    expect(result).toMatchObject({
      ok: false,
      reason: "INVALID",
      fieldErrors: {
        title: ["Give the dialogue a title of at least 3 characters."],
        targetWindowEnd: ["The window must end on or after its start."],
      },
    });
  });

  it("refuse a stale edit with the other person's version", async () => {
    const { slug, workspace } = await setup();
    const input = { ...dialogue, dialogueId: workspace.dialogue.id, version: 0 };
    expect(await updateDialogueAction(slug, { ...input, summary: "First edit" })).toMatchObject({ ok: true });
    expect(await updateDialogueAction(slug, { ...input, summary: "Second edit" })).toMatchObject({
      ok: false,
      reason: "CONFLICT",
      current: { summary: "First edit", version: 1 },
    });
  });

  it("can be restricted to a team: then others cannot see them, and the one restricting stays on it", async () => {
    const { slug, workspace, members } = await setup();
    const result = await setDialogueTeamAction(slug, {
      dialogueId: workspace.dialogue.id,
      version: 0,
      restricted: true,
      memberIds: [members.VIEWER.id],
    });
    expect(result).toMatchObject({ ok: true, data: { restricted: true } });
    const team = await testDb.dialogueTeamMember.findMany({ where: { dialogueId: workspace.dialogue.id } });
    expect(team.map((row) => row.memberId).sort()).toEqual([members.CONVENER.id, members.VIEWER.id].sort());
    await actAs(members.CONTRIBUTOR.user);
    expect(
      await updateDialogueAction(slug, { ...dialogue, dialogueId: workspace.dialogue.id, version: 1 }),
    ).toMatchObject({ reason: "NOT_FOUND" });
  });

  it("are deleted only when the title is typed exactly", async () => {
    const { slug, workspace } = await setup();
    expect(
      await deleteDialogueAction(slug, { dialogueId: workspace.dialogue.id, version: 0, confirmTitle: "wrong" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { confirmTitle: ["Type the title exactly as shown."] },
    });
    expect(
      await deleteDialogueAction(slug, {
        dialogueId: workspace.dialogue.id,
        version: 0,
        confirmTitle: workspace.dialogue.title,
      }),
    ).toMatchObject({ ok: true });
    expect(await testDb.dialogue.count({ where: { id: workspace.dialogue.id } })).toBe(0);
  });
});
