import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { getDashboard } from "../dialogues/dashboard";
import { confirmChecklistItemAction, updateChecklistItemAction } from "../readiness/actions";
import { getChecklist } from "../readiness/data";
import { todayUtc } from "../readiness/score";
import { createWorkspace, signedInWorkspace, testDb } from "../testing/fixtures";
import { linkContextEventAction, recordContextEventAction } from "./actions";
import { getContextEvent, listContextEvents } from "./reads";

const event = {
  kind: "SANCTIONS_LISTING",
  occurredOn: "2026-11-02",
  title: "Two Eastmarch trading houses listed",
  source: "Official Journal L 301",
  note: "",
  counterparts: ["Republic of Eastmarch"],
};

async function answered(itemId: string) {
  await testDb.checklistItem.update({
    where: { id: itemId },
    data: { status: "ANSWERED", confidence: "HIGH", answer: "Nobody listed.", answeredOn: todayUtc() },
  });
}

describe("the context watch", () => {
  it("records an event, and says beside the field what is wrong", async () => {
    const { slug, organization } = await signedInWorkspace();
    const recorded = await recordContextEventAction(slug, event);
    expect(recorded).toMatchObject({ ok: true, data: { title: event.title, counterparts: ["Republic of Eastmarch"] } });
    expect(await recordContextEventAction(slug, { ...event, source: "" })).toMatchObject({
      reason: "INVALID",
      fieldErrors: { source: [expect.stringContaining("source")] },
    });
    expect(await recordContextEventAction(slug, { ...event, occurredOn: "2999-01-01" })).toMatchObject({
      reason: "INVALID",
      fieldErrors: { occurredOn: ["Give today or an earlier day."] },
    });
    expect(await testDb.contextEvent.count({ where: { organizationId: organization.id } })).toBe(1);
  });

  it("asks for a re-check in every dialogue linked, and a confirmation settles it there only", async () => {
    const { slug, organization, workspace } = await signedInWorkspace();
    const other = await createWorkspace(organization.id);
    for (const itemId of [workspace.checklistItemId, other.checklistItemId]) await answered(itemId);
    const recorded = await recordContextEventAction(slug, event);
    if (!recorded.ok) throw new Error("expected the event");
    const itemIds = [workspace.checklistItemId, other.checklistItemId];
    expect(await linkContextEventAction(slug, { eventId: recorded.data.id, itemIds })).toMatchObject({ ok: true });

    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    const reasons = async (dialogueId: string) =>
      (await getChecklist(context, dialogueId)).map((item) => item.staleness.reason);
    expect(await reasons(workspace.dialogue.id)).toEqual(["recheck"]);
    expect(await reasons(other.dialogue.id)).toEqual(["recheck"]);
    const [item] = await getChecklist(context, workspace.dialogue.id);
    expect(item?.contextLinks.map((link) => link.event.title)).toEqual([event.title]);

    expect(
      await confirmChecklistItemAction(slug, { itemId: workspace.checklistItemId, version: item?.version }),
    ).toMatchObject({ ok: true });
    expect(await reasons(workspace.dialogue.id)).toEqual([null]);
    expect(await reasons(other.dialogue.id)).toEqual(["recheck"]);
    // The board agrees: the answer awaiting its re-check is stale, the confirmed one is not.
    const board = new Map((await getDashboard(context, 1)).rows.map((row) => [row.id, row.stale.map((i) => i.id)]));
    expect(board.get(workspace.dialogue.id)).toEqual([]);
    expect(board.get(other.dialogue.id)).toEqual([other.checklistItemId]);
    const { rows } = await listContextEvents(context, 1);
    expect(rows).toMatchObject([{ linked: 2, pending: 1 }]);
    const shown = await getContextEvent(context, recorded.data.id);
    const settled = new Map(shown?.links.map((link) => [link.item.id, link.clearedAt !== null]));
    expect(settled).toEqual(
      new Map([
        [workspace.checklistItemId, true],
        [other.checklistItemId, false],
      ]),
    );

    // Linking again asks again.
    const again = { eventId: recorded.data.id, itemIds: [workspace.checklistItemId] };
    expect(await linkContextEventAction(slug, again)).toMatchObject({ ok: true });
    expect(await reasons(workspace.dialogue.id)).toEqual(["recheck"]);
  });

  it("settles a re-check when the answer changes, not when only its assignee does", async () => {
    const { slug, organization, workspace, members } = await signedInWorkspace();
    await answered(workspace.checklistItemId);
    const recorded = await testDb.contextEvent.create({
      data: {
        organizationId: organization.id,
        occurredOn: todayUtc(),
        kind: "POLICY_SHIFT",
        title: "A shift",
        source: "Press",
      },
    });
    const itemIds = [workspace.checklistItemId];
    expect(await linkContextEventAction(slug, { eventId: recorded.id, itemIds })).toMatchObject({ ok: true });
    const edit = {
      itemId: workspace.checklistItemId,
      status: "ANSWERED",
      answer: "Nobody listed.",
      confidence: "HIGH",
      weight: 1,
    };
    const pending = () =>
      testDb.contextEventLink.count({ where: { checklistItemId: workspace.checklistItemId, clearedAt: null } });
    expect(
      await updateChecklistItemAction(slug, { ...edit, version: 0, assigneeId: members.CONTRIBUTOR.id }),
    ).toMatchObject({ ok: true });
    expect(await pending()).toBe(1);
    expect(await updateChecklistItemAction(slug, { ...edit, version: 1, answer: "One adviser listed." })).toMatchObject(
      {
        ok: true,
      },
    );
    expect(await pending()).toBe(0);
  });

  it("links nothing when one item is out of reach, and refuses an empty choice beside the list", async () => {
    const { slug, organization, workspace } = await signedInWorkspace();
    const hidden = await createWorkspace(organization.id, { restricted: true });
    const recorded = await recordContextEventAction(slug, event);
    if (!recorded.ok) throw new Error("expected the event");
    const itemIds = [workspace.checklistItemId, hidden.checklistItemId];
    expect(await linkContextEventAction(slug, { eventId: recorded.data.id, itemIds })).toMatchObject({
      reason: "NOT_FOUND",
    });
    expect(await linkContextEventAction(slug, { eventId: recorded.data.id, itemIds: [] })).toMatchObject({
      reason: "INVALID",
      fieldErrors: { itemIds: ["Tick at least one checklist item."] },
    });
    expect(await testDb.contextEventLink.count({ where: { eventId: recorded.data.id } })).toBe(0);
  });
});
