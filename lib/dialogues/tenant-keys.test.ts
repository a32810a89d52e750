import { describe, expect, it } from "vitest";
import { createOrganizationFixture, createWorkspace, testDb } from "../testing/fixtures";

/** The database itself refuses a child row that names another organization's dialogue or session. */
describe("tenant keys in the database", () => {
  it("refuse a format, theme, session, checklist item or review pointing across organizations", async () => {
    const a = await createOrganizationFixture("KeysA");
    const b = await createOrganizationFixture("KeysB");
    const workspace = await createWorkspace(a.organization.id);
    const across = { organizationId: b.organization.id, dialogueId: workspace.dialogue.id };
    const attempts = [
      testDb.format.create({ data: { ...across, name: "Smuggled", mode: "VIRTUAL" } }),
      testDb.theme.create({ data: { ...across, title: "Smuggled", ourPriority: 1 } }),
      testDb.session.create({
        data: {
          ...across,
          title: "Smuggled",
          startsAt: new Date(),
          endsAt: new Date(),
          timeZone: "UTC",
          attributionRule: "CHATHAM_HOUSE",
        },
      }),
      testDb.checklistItem.create({ data: { ...across, position: 9, question: "Smuggled?" } }),
      testDb.readinessReview.create({
        data: {
          ...across,
          decision: "GO",
          rationale: "Smuggled",
          decidedById: b.members.OWNER.userId,
          score: 0,
          snapshot: [],
        },
      }),
      testDb.agendaItem.create({
        data: { organizationId: b.organization.id, sessionId: workspace.sessionId, position: 9, title: "Smuggled" },
      }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toThrow(/foreign key/i);
    expect(await testDb.format.count({ where: { organizationId: b.organization.id } })).toBe(0);
  });
});
