import { describe, expect, it } from "vitest";
import { createWorkspace, signedInWorkspace as setup, testDb } from "../testing/fixtures";
import { updateThemeAction } from "../themes/actions";
import { addAgendaItemAction, addSessionAction, moveAgendaItemAction, updateSessionAction } from "./actions";

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
