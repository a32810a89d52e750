import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changeRoleAction, setMemberStatusAction } from "./members/actions";
import { mutate } from "./mutation";
import { actAs, auditCount, createOrganizationFixture, RACE_ONLY, racesCanHappen, testDb } from "./testing/fixtures";

describe("optimistic concurrency", () => {
  it.runIf(racesCanHappen)(`lets exactly one of N racing writers with the same version win ${RACE_ONLY}`, async () => {
    const { organization, members } = await createOrganizationFixture("Concurrent");
    await actAs(members.OWNER.user);
    const roles = [
      "CONVENER",
      "CONTRIBUTOR",
      "OWNER",
      "CONVENER",
      "CONTRIBUTOR",
      "OWNER",
      "CONVENER",
      "CONTRIBUTOR",
    ] as const;

    const results = await Promise.all(
      roles.map((role) => changeRoleAction(organization.slug, { memberId: members.VIEWER.id, version: 0, role })),
    );

    const winners = results.filter((result) => result.ok);
    const conflicts = results.filter((result) => !result.ok && result.reason === "CONFLICT");
    expect(winners).toHaveLength(1);
    expect(conflicts).toHaveLength(roles.length - 1);
    const final = await testDb.member.findUniqueOrThrow({ where: { id: members.VIEWER.id } });
    expect(final.version).toBe(1);
    expect(winners[0]).toMatchObject({ ok: true, data: { role: final.role, version: 1 } });
    for (const conflict of conflicts)
      expect(conflict).toMatchObject({ current: { id: members.VIEWER.id, version: 1, role: final.role } });
    expect(
      await testDb.auditEvent.count({ where: { organizationId: organization.id, entityId: members.VIEWER.id } }),
    ).toBe(1);
  });

  it("refuses a stale version without writing", async () => {
    const { organization, members } = await createOrganizationFixture("Stale");
    await actAs(members.OWNER.user);
    await changeRoleAction(organization.slug, { memberId: members.VIEWER.id, version: 0, role: "CONTRIBUTOR" });

    const stale = await changeRoleAction(organization.slug, {
      memberId: members.VIEWER.id,
      version: 0,
      role: "CONVENER",
    });

    expect(stale).toMatchObject({ ok: false, reason: "CONFLICT", current: { role: "CONTRIBUTOR", version: 1 } });
    expect((await testDb.member.findUniqueOrThrow({ where: { id: members.VIEWER.id } })).role).toBe("CONTRIBUTOR");
  });
});

describe("audit", () => {
  it("writes exactly one event per mutation, with who, what, and before/after", async () => {
    const { organization, members } = await createOrganizationFixture("Audited");
    await actAs(members.OWNER.user);
    const before = await auditCount(organization.id);

    await setMemberStatusAction(organization.slug, { memberId: members.VIEWER.id, version: 0, status: "DISABLED" });

    expect(await auditCount(organization.id)).toBe(before + 1);
    const event = await testDb.auditEvent.findFirstOrThrow({
      where: { organizationId: organization.id },
      orderBy: { createdAt: "desc" },
    });
    expect(event).toMatchObject({
      actorId: members.OWNER.userId,
      action: "member.disabled",
      entity: "Member",
      entityId: members.VIEWER.id,
      before: { status: "ACTIVE" },
      after: { status: "DISABLED" },
    });
  });

  it("leaves no event when the write is refused", async () => {
    const { organization, members } = await createOrganizationFixture("Refused");
    await actAs(members.OWNER.user);
    const before = await auditCount(organization.id);

    const result = await changeRoleAction(organization.slug, {
      memberId: members.OWNER.id,
      version: 0,
      role: "VIEWER",
    });

    expect(result).toMatchObject({ ok: false, reason: "LAST_OWNER" });
    expect(await auditCount(organization.id)).toBe(before);
  });

  it("rolls the write back when the audit insert fails, and tells the client nothing internal", async () => {
    const { organization, members } = await createOrganizationFixture("Rollback");
    await actAs(members.OWNER.user);
    const before = await auditCount(organization.id);
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);

    const result = await mutate({
      name: "renameWithBrokenAudit",
      schema: z.object({ name: z.string() }),
      input: { name: "Should not stick" },
      organizationSlug: organization.slug,
      permission: "organization.manage",
      write: async (tx, context, data) => {
        await tx.organization.update({ where: { id: context.organizationId }, data: { name: data.name } });
        // entityId is NOT NULL: the audit insert fails after the write succeeded.
        return {
          data: null,
          audit: { action: "organization.updated", entity: "Organization", entityId: null as unknown as string },
        };
      },
    });
    console.error = originalError;

    expect(result).toMatchObject({ ok: false, reason: "UNEXPECTED" });
    if (!result.ok)
      expect(result.message).toMatch(
        /^Something went wrong on our side \(reference [0-9a-f]{8}\)\. Nothing was saved\.$/,
      );
    expect(errors).toHaveLength(1);
    expect((await testDb.organization.findUniqueOrThrow({ where: { id: organization.id } })).name).toBe(
      organization.name,
    );
    expect(await auditCount(organization.id)).toBe(before);
  });

  it("is append-only in the database itself", async () => {
    const { organization, members } = await createOrganizationFixture("AppendOnly");
    await actAs(members.OWNER.user);
    await setMemberStatusAction(organization.slug, { memberId: members.VIEWER.id, version: 0, status: "DISABLED" });

    await expect(
      testDb.auditEvent.updateMany({ where: { organizationId: organization.id }, data: { action: "x" } }),
    ).rejects.toThrow(/append-only/);
    await expect(testDb.auditEvent.deleteMany({ where: { organizationId: organization.id } })).rejects.toThrow(
      /append-only/,
    );
  });
});

describe("bad input", () => {
  it("comes back as field errors, with nothing written", async () => {
    const { organization, members } = await createOrganizationFixture("BadInput");
    await actAs(members.OWNER.user);
    const before = await auditCount(organization.id);

    const result = await changeRoleAction(organization.slug, {
      memberId: members.VIEWER.id,
      version: 0,
      role: "EMPEROR",
    });

    expect(result).toMatchObject({ ok: false, reason: "INVALID", fieldErrors: { role: ["Choose a role."] } });
    expect(await auditCount(organization.id)).toBe(before);
  });
});
