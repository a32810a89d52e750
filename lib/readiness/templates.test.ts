import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { createDialogueAction } from "../dialogues/actions";
import { actAs, createOrganizationFixture, createWorkspace, signedInWorkspace, testDb } from "../testing/fixtures";
import { addChecklistItemAction, saveTemplateAction, updateChecklistItemAction } from "./actions";
import { listTemplates } from "./reads";
import { checklistTemplate } from "./template";

const fields = {
  title: "Western Strait Dialogue",
  counterpart: "Republic of Westmarch",
  track: "TRACK_1_5",
  status: "EXPLORING",
  attributionRule: "CHATHAM_HOUSE",
};

describe("checklist templates", () => {
  it("saves a dialogue's checklist as versions of a named template, which a new dialogue starts from", async () => {
    const { slug, members, organization } = await signedInWorkspace();
    await actAs(members.OWNER.user);
    const source = await createDialogueAction(slug, fields);
    if (!source.ok) throw new Error("expected the dialogue");
    expect(source.data).toMatchObject({ templateName: "Built-in", templateVersion: 1 });
    const added = await addChecklistItemAction(slug, {
      dialogueId: source.data.id,
      question: "Has the host government been told?",
      weight: 2,
    });
    if (!added.ok) throw new Error("expected the item");
    expect(
      await updateChecklistItemAction(slug, {
        itemId: added.data.id,
        version: 0,
        status: "OPEN",
        weight: 2,
        gate: "on",
        reviewIntervalDays: "30",
      }),
    ).toMatchObject({ ok: true });
    const first = await saveTemplateAction(slug, { dialogueId: source.data.id, name: "Skerry standard" });
    expect(first).toMatchObject({ ok: true, data: { name: "Skerry standard", version: 1 } });
    const second = await saveTemplateAction(slug, { dialogueId: source.data.id, name: "Skerry standard" });
    expect(second).toMatchObject({ ok: true, data: { version: 2 } });
    if (!second.ok) throw new Error("expected the template");

    const started = await createDialogueAction(slug, {
      ...fields,
      title: "Eastern Reef Dialogue",
      templateId: second.data.id,
    });
    expect(started).toMatchObject({ ok: true, data: { templateName: "Skerry standard", templateVersion: 2 } });
    if (!started.ok) throw new Error("expected the dialogue");
    const items = await testDb.checklistItem.findMany({
      where: { dialogueId: started.data.id },
      orderBy: { position: "asc" },
    });
    expect(items.map((item) => item.question)).toEqual([
      ...checklistTemplate.map((item) => item.question),
      "Has the host government been told?",
    ]);
    expect(items.at(-1)).toMatchObject({ gate: true, reviewIntervalDays: 30, weight: 2, templateKey: null });
    expect(items[0]).toMatchObject({ templateKey: "future", status: "OPEN", answer: "" });

    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    expect((await listTemplates(context)).map((template) => template.version)).toEqual([2, 1]);
    expect(await testDb.checklistTemplate.count({ where: { organizationId: organization.id } })).toBe(2);
  });

  it("refuses another organization's template, the reserved name, and a restricted dialogue's checklist", async () => {
    const { slug, members, workspace, organization } = await signedInWorkspace();
    const other = await createOrganizationFixture("TemplatesB");
    const foreign = await testDb.checklistTemplate.create({
      data: { organizationId: other.organization.id, name: "Theirs", version: 1, items: [] },
    });
    await actAs(members.OWNER.user);
    expect(await createDialogueAction(slug, { ...fields, templateId: foreign.id })).toMatchObject({
      reason: "NOT_FOUND",
    });
    expect(await saveTemplateAction(slug, { dialogueId: workspace.dialogue.id, name: "built-in" })).toMatchObject({
      reason: "INVALID",
      fieldErrors: { name: [expect.stringContaining("choose another name")] },
    });
    const restricted = await createWorkspace(organization.id, { restricted: true });
    expect(await saveTemplateAction(slug, { dialogueId: restricted.dialogue.id, name: "Leaked" })).toMatchObject({
      reason: "INVALID",
      fieldErrors: { dialogueId: ["Choose a dialogue that is not restricted."] },
    });
    const elsewhere = await createWorkspace(other.organization.id);
    expect(await saveTemplateAction(slug, { dialogueId: elsewhere.dialogue.id, name: "Copied" })).toMatchObject({
      reason: "NOT_FOUND",
    });
  });
});
