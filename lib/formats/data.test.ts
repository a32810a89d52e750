import { describe, expect, it } from "vitest";
import { RACE_ONLY, racesCanHappen, signedInWorkspace as setup, testDb } from "../testing/fixtures";
import { addFormatAction, makeFormatCurrentAction, rejectFormatAction, updateFormatAction } from "./actions";

describe("formats", () => {
  it("keep exactly one current; the one replaced stays, with the reason", async () => {
    const { slug, workspace } = await setup();
    const result = await makeFormatCurrentAction(slug, {
      formatId: workspace.proposedFormatId,
      version: 0,
      statusReason: "Visas refused for Oslo",
    });
    expect(result).toMatchObject({ ok: true, data: { status: "CURRENT" } });
    const old = await testDb.format.findUniqueOrThrow({ where: { id: workspace.currentFormatId } });
    expect(old.status).toBe("PROPOSED");
    expect(old.statusReason).toMatch(/^Replaced as current on \d{4}-\d{2}-\d{2}: Visas refused for Oslo$/);
    expect(await testDb.format.count({ where: { dialogueId: workspace.dialogue.id, status: "CURRENT" } })).toBe(1);
  });

  it.runIf(racesCanHappen)(`keep one current even when two changes race ${RACE_ONLY}`, async () => {
    const { slug, workspace } = await setup();
    const third = await addFormatAction(slug, { dialogueId: workspace.dialogue.id, name: "Virtual", mode: "VIRTUAL" });
    if (!third.ok) throw new Error(third.message);
    await Promise.all([
      makeFormatCurrentAction(slug, { formatId: workspace.proposedFormatId, version: 0, statusReason: "Option two" }),
      makeFormatCurrentAction(slug, { formatId: third.data.id, version: 0, statusReason: "Option three" }),
    ]);
    expect(await testDb.format.count({ where: { dialogueId: workspace.dialogue.id, status: "CURRENT" } })).toBe(1);
  });

  it("refuse to make an option current once someone else changed it, showing what it holds now", async () => {
    const { slug, workspace } = await setup();
    await testDb.format.update({
      where: { id: workspace.proposedFormatId },
      data: { version: 1, name: "Renamed" },
    });
    expect(
      await makeFormatCurrentAction(slug, { formatId: workspace.proposedFormatId, version: 0, statusReason: "Stale" }),
    ).toMatchObject({ ok: false, reason: "CONFLICT", current: { name: "Renamed", version: 1 } });
    expect((await testDb.format.findUniqueOrThrow({ where: { id: workspace.proposedFormatId } })).status).toBe(
      "PROPOSED",
    );
  });

  it("cannot reject the current option, and check their fields", async () => {
    const { slug, workspace } = await setup();
    expect(
      await rejectFormatAction(slug, { formatId: workspace.currentFormatId, version: 0, statusReason: "No" }),
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
