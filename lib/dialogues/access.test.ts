import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { db } from "../db";
import { actAs, createOrganizationFixture, createWorkspace, testDb } from "../testing/fixtures";
import { visibleDialogueSql, visibleDialogues } from "./access";

/**
 * The need-to-know rule for dialogues is written twice (a Prisma filter for most reads, a SQL
 * condition for the board's raw read): both must agree, for every kind of member.
 */
describe("who may see which dialogue", () => {
  it("is the same rule as a Prisma filter and as SQL", async () => {
    const fixture = await createOrganizationFixture("DialogueVisibility");
    const other = await createOrganizationFixture("DialogueVisibilityOther");
    const organizationId = fixture.organization.id;
    const open = await createWorkspace(organizationId);
    const onTeam = await createWorkspace(organizationId, {
      restricted: true,
      teamMemberIds: [fixture.members.CONTRIBUTOR.id],
    });
    const offTeam = await createWorkspace(organizationId, { restricted: true });
    await createWorkspace(other.organization.id);
    const expectations = {
      OWNER: [open, onTeam, offTeam],
      CONVENER: [open],
      CONTRIBUTOR: [open, onTeam],
    };
    for (const role of ["OWNER", "CONVENER", "CONTRIBUTOR"] as const) {
      await actAs(fixture.members[role].user);
      const context = await getMemberContext(fixture.organization.slug);
      if (!context) throw new Error("expected a membership");
      const byPrisma = (await db.dialogue.findMany({ where: visibleDialogues(context), select: { id: true } }))
        .map((row) => row.id)
        .sort();
      const bySql = (
        await db.$queryRaw<{ id: string }[]>`SELECT d.id FROM "Dialogue" d WHERE ${visibleDialogueSql(context)}`
      )
        .map((row) => row.id)
        .sort();
      expect(bySql, role).toEqual(byPrisma);
      // The other organization's dialogues are never seen.
      const shown = expectations[role].map((workspace) => workspace.dialogue.id);
      expect(
        shown.every((id) => bySql.includes(id)),
        role,
      ).toBe(true);
      const hidden = [open, onTeam, offTeam].filter((workspace) => !expectations[role].includes(workspace));
      expect(
        hidden.some((workspace) => bySql.includes(workspace.dialogue.id)),
        role,
      ).toBe(false);
      const theirs = await testDb.dialogue.findMany({ where: { organizationId: other.organization.id } });
      expect(theirs.length).toBeGreaterThan(0);
      expect(
        theirs.some((dialogue) => bySql.includes(dialogue.id)),
        role,
      ).toBe(false);
    }
  });
});
