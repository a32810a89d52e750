import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { db } from "../db";
import { actAs, createOrganizationFixture, createWorkspace, testDb } from "../testing/fixtures";
import { visibleInterlocutorSql, visibleInterlocutors } from "./access";
import { listRecentChanges } from "./change-reads";

/**
 * The need-to-know rule for people is written three ways (a Prisma filter, a SQL condition, and a
 * count of the hidden): all three must agree, for every kind of member, on every kind of person.
 */
describe("who may see whom", () => {
  it("is the same rule as a Prisma filter, as SQL, and as a count of the hidden", async () => {
    const fixture = await createOrganizationFixture("Visibility");
    const organizationId = fixture.organization.id;
    const open = await createWorkspace(organizationId);
    const restricted = await createWorkspace(organizationId, {
      restricted: true,
      teamMemberIds: [fixture.members.CONTRIBUTOR.id],
    });
    const otherRestricted = await createWorkspace(organizationId, { restricted: true });
    // Someone in a restricted dialogue and an open one: visible to all.
    await testDb.participant.create({
      data: {
        organizationId,
        dialogueId: open.dialogue.id,
        interlocutorId: otherRestricted.interlocutorId,
        side: "COUNTERPART",
        role: "MEMBER",
      },
    });
    await testDb.participant.create({
      data: {
        organizationId,
        dialogueId: otherRestricted.dialogue.id,
        interlocutorId: otherRestricted.newcomerId,
        side: "OURS",
        role: "EXPERT",
      },
    });

    // Each workspace's facilitator takes part in its dialogue only.
    const facilitatorOf = async (workspace: typeof open) =>
      (await testDb.participant.findUniqueOrThrow({ where: { id: workspace.spareParticipantId } })).interlocutorId;
    const onlyInOtherRestricted = [await facilitatorOf(otherRestricted), otherRestricted.newcomerId];
    const expectations = {
      OWNER: [] as string[],
      CONVENER: [restricted.interlocutorId, await facilitatorOf(restricted), ...onlyInOtherRestricted],
      CONTRIBUTOR: onlyInOtherRestricted,
    };
    for (const role of ["OWNER", "CONVENER", "CONTRIBUTOR"] as const) {
      await actAs(fixture.members[role].user);
      const context = await getMemberContext(fixture.organization.slug);
      if (!context) throw new Error("expected a membership");
      const all = await testDb.interlocutor.findMany({ where: { organizationId }, select: { id: true } });
      const byPrisma = (await db.interlocutor.findMany({ where: visibleInterlocutors(context), select: { id: true } }))
        .map((row) => row.id)
        .sort();
      const bySql = (
        await db.$queryRaw<{ id: string }[]>`
          SELECT i.id FROM "Interlocutor" i
          WHERE i."organizationId" = ${organizationId} AND ${visibleInterlocutorSql(context)}`
      )
        .map((row) => row.id)
        .sort();
      expect(bySql, role).toEqual(byPrisma);
      const hidden = all.map((row) => row.id).filter((id) => !byPrisma.includes(id));
      expect(hidden.sort(), role).toEqual([...expectations[role]].sort());
    }
  });

  it("lets the change log name a successor only to those who may see them", async () => {
    const fixture = await createOrganizationFixture("Successors");
    const organizationId = fixture.organization.id;
    const open = await createWorkspace(organizationId);
    const restricted = await createWorkspace(organizationId, {
      restricted: true,
      teamMemberIds: [fixture.members.CONTRIBUTOR.id],
    });
    // A person everyone sees, replaced by one who takes part only in the restricted dialogue.
    await testDb.interlocutorChange.create({
      data: {
        organizationId,
        interlocutorId: open.interlocutorId,
        kind: "REPLACED",
        occurredOn: new Date("2026-03-01T00:00:00Z"),
        source: "Fictional wire report",
        confidence: "MEDIUM",
        successorId: restricted.interlocutorId,
      },
    });
    const successors = { OWNER: true, CONVENER: false, CONTRIBUTOR: true };
    for (const role of ["OWNER", "CONVENER", "CONTRIBUTOR"] as const) {
      await actAs(fixture.members[role].user);
      const context = await getMemberContext(fixture.organization.slug);
      if (!context) throw new Error("expected a membership");
      const change = (await listRecentChanges(context)).find((row) => row.interlocutorId === open.interlocutorId);
      expect(change, role).toBeDefined();
      expect(change?.successor?.id ?? null, role).toBe(successors[role] ? restricted.interlocutorId : null);
    }
  });
});
