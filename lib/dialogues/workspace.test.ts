import { describe, expect, it } from "vitest";
import { addFormatAction, makeFormatCurrentAction, rejectFormatAction, updateFormatAction } from "../formats/actions";
import { addChecklistItemAction, recordReviewAction, updateChecklistItemAction } from "../readiness/actions";
import { checklistTemplate } from "../readiness/template";
import { addAgendaItemAction, addSessionAction, moveAgendaItemAction, updateSessionAction } from "../sessions/actions";
import { actAs, createOrganizationFixture, createWorkspace, testDb } from "../testing";
import { updateThemeAction } from "../themes/actions";
import { createDialogueAction, deleteDialogueAction, setDialogueTeamAction, updateDialogueAction } from "./actions";

const dialogue = {
  title: "Western Strait Dialogue",
  counterpart: "Republic of Eastmarch",
  track: "TRACK_1_5",
  status: "EXPLORING",
  attributionRule: "OFF_THE_RECORD",
};

async function setup() {
  const fixture = await createOrganizationFixture("Workspace");
  const workspace = await createWorkspace(fixture.organization.id);
  await actAs(fixture.members.CONVENER.user);
  return { ...fixture, workspace, slug: fixture.organization.slug };
}

describe("dialogues", () => {
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

describe("formats", () => {
  it("keep exactly one current; the one replaced stays, with the reason", async () => {
    const { slug, workspace } = await setup();
    const result = await makeFormatCurrentAction(slug, {
      formatId: workspace.proposedFormatId,
      reason: "Visas refused for Oslo",
    });
    expect(result).toMatchObject({ ok: true, data: { status: "CURRENT" } });
    const old = await testDb.formatOption.findUniqueOrThrow({ where: { id: workspace.currentFormatId } });
    expect(old.status).toBe("PROPOSED");
    expect(old.statusReason).toMatch(/^Replaced as current on \d{4}-\d{2}-\d{2}: Visas refused for Oslo$/);
    expect(await testDb.formatOption.count({ where: { dialogueId: workspace.dialogue.id, status: "CURRENT" } })).toBe(
      1,
    );
  });

  it("keep one current even when two changes race", async () => {
    const { slug, workspace } = await setup();
    const third = await addFormatAction(slug, { dialogueId: workspace.dialogue.id, name: "Virtual", mode: "VIRTUAL" });
    if (!third.ok) throw new Error(third.message);
    await Promise.all([
      makeFormatCurrentAction(slug, { formatId: workspace.proposedFormatId, reason: "Option two" }),
      makeFormatCurrentAction(slug, { formatId: third.data.id, reason: "Option three" }),
    ]);
    expect(await testDb.formatOption.count({ where: { dialogueId: workspace.dialogue.id, status: "CURRENT" } })).toBe(
      1,
    );
  });

  it("cannot reject the current option, and check their fields", async () => {
    const { slug, workspace } = await setup();
    expect(
      await rejectFormatAction(slug, { formatId: workspace.currentFormatId, version: 0, reason: "No" }),
    ).toMatchObject({ ok: false });
    expect(
      await updateFormatAction(slug, {
        formatId: workspace.proposedFormatId,
        version: 0,
        name: "",
        mode: "TELEPATHY",
        participantCap: "1",
      }),
    ).toMatchObject({
      reason: "INVALID",
      fieldErrors: {
        name: [expect.any(String)],
        mode: ["Choose in person, hybrid or virtual."],
        participantCap: ["Enter a participant cap between 2 and 500."],
      },
    });
  });
});

describe("themes and sessions", () => {
  it("theme edits conflict on a stale version", async () => {
    const { slug, workspace } = await setup();
    const edit = {
      themeId: workspace.themeId,
      version: 0,
      title: "Humanitarian access",
      ourPriority: 4,
      theirPriority: "3",
      status: "AGREED",
    };
    expect(await updateThemeAction(slug, edit)).toMatchObject({ ok: true, data: { theirPriority: 3 } });
    expect(await updateThemeAction(slug, edit)).toMatchObject({ reason: "CONFLICT" });
  });

  it("sessions store UTC from the venue's wall clock, take the dialogue's attribution rule, and refuse ending before starting", async () => {
    const { slug, workspace } = await setup();
    const input = {
      dialogueId: workspace.dialogue.id,
      title: "Round 5",
      startsAt: "2027-07-01T09:00",
      endsAt: "2027-07-01T17:00",
      timeZone: "Asia/Seoul",
      status: "PLANNED",
    };
    const result = await addSessionAction(slug, input);
    expect(result).toMatchObject({
      ok: true,
      data: { startsAt: new Date("2027-07-01T00:00:00Z"), attributionRule: "CHATHAM_HOUSE" },
    });
    expect(await addSessionAction(slug, { ...input, endsAt: "2027-07-01T08:00", timeZone: "Mars/Base" })).toMatchObject(
      {
        fieldErrors: {
          endsAt: ["The session must end after it starts."],
          timeZone: [expect.stringMatching(/time zone/)],
        },
      },
    );
    expect(await updateSessionAction(slug, { ...input, sessionId: workspace.sessionId, version: 3 })).toMatchObject({
      reason: "CONFLICT",
    });
  });

  it("agendas keep their order and refuse another dialogue's theme", async () => {
    const { slug, workspace, organization } = await setup();
    const second = await addAgendaItemAction(slug, {
      sessionId: workspace.sessionId,
      title: "Maritime incidents",
      themeId: workspace.themeId,
    });
    if (!second.ok) throw new Error(second.message);
    await moveAgendaItemAction(slug, { itemId: second.data.id, direction: "up" });
    const order = await testDb.agendaItem.findMany({
      where: { sessionId: workspace.sessionId },
      orderBy: { position: "asc" },
    });
    expect(order.map((item) => item.title)).toEqual(["Maritime incidents", "Opening"]);
    const other = await createWorkspace(organization.id);
    expect(
      await addAgendaItemAction(slug, { sessionId: workspace.sessionId, title: "Elsewhere", themeId: other.themeId }),
    ).toMatchObject({
      fieldErrors: { themeId: ["Choose one of this dialogue's themes."] },
    });
  });
});

describe("the readiness checklist and reviews", () => {
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
      ownerId: members.CONTRIBUTOR.id,
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
});
