import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { can, type Permission, permissions, roles } from "./authz";
import type { Role } from "./generated/prisma/enums";
import { actAs, auditCount, createOrganizationFixture, type OrganizationFixture, testDb, unique } from "./testing";

/**
 * Every server action and route handler, enumerated from the tree. One without a case here fails
 * the suite, so nothing new can skip the cross-organization and role checks.
 */
const actionModules = import.meta.glob<Record<string, unknown>>("./**/actions.ts", { eager: true });
const actions = Object.fromEntries(
  Object.values(actionModules).flatMap((module) =>
    Object.entries(module).filter(([name, value]) => name.endsWith("Action") && typeof value === "function"),
  ),
) as Record<string, (...args: unknown[]) => Promise<{ ok: boolean; reason?: string }>>;

type Fixture = OrganizationFixture & { inviteId: string };
type OrgCase = {
  kind: "organization";
  permission: Permission;
  /** True when the input names rows by id: then B's own slug with A's ids must fail too. */
  namesIds: boolean;
  input: (target: Fixture) => unknown;
};
type OtherCase = { kind: "public"; why: string } | { kind: "account"; why: string; input: unknown };

const orgCases: Record<string, OrgCase | OtherCase> = {
  updateOrganizationAction: {
    kind: "organization",
    permission: "organization.manage",
    namesIds: false,
    input: (target) => ({ name: "Renamed by someone", requireTwoFactor: false, version: target.organization.version }),
  },
  changeRoleAction: {
    kind: "organization",
    permission: "member.manage",
    namesIds: true,
    input: (target) => ({ memberId: target.members.VIEWER.id, version: 0, role: "CONVENER" }),
  },
  setMemberStatusAction: {
    kind: "organization",
    permission: "member.manage",
    namesIds: true,
    input: (target) => ({ memberId: target.members.VIEWER.id, version: 0, status: "DISABLED" }),
  },
  removeMemberAction: {
    kind: "organization",
    permission: "member.manage",
    namesIds: true,
    input: (target) => ({ memberId: target.members.VIEWER.id, version: 0 }),
  },
  createInviteAction: {
    kind: "organization",
    permission: "member.manage",
    namesIds: false,
    input: () => ({ email: `${unique("invitee")}@example.test`, role: "VIEWER" }),
  },
  revokeInviteAction: {
    kind: "organization",
    permission: "member.manage",
    namesIds: true,
    input: (target) => ({ inviteId: target.inviteId }),
  },
  signUpAction: { kind: "public", why: "creates a new organization; reads and writes no existing one" },
  acceptInviteAction: {
    kind: "public",
    why: "authorised by the invitation token, not by membership (lib/invites/data.test.ts)",
  },
  createOrganizationAction: {
    kind: "account",
    why: "creates a new organization owned by the caller",
    input: { name: "Another Institute" },
  },
  changePasswordAction: {
    kind: "account",
    why: "acts on the signed-in user only",
    input: { currentPassword: "fixture-password-0f-length", newPassword: "a-new-password-for-tests" },
  },
  signOutEverywhereAction: { kind: "account", why: "acts on the signed-in user only", input: {} },
  startTwoFactorAction: { kind: "account", why: "acts on the signed-in user only", input: {} },
  confirmTwoFactorAction: { kind: "account", why: "acts on the signed-in user only", input: { code: "123456" } },
  disableTwoFactorAction: { kind: "account", why: "acts on the signed-in user only", input: { password: "x" } },
};

/** Route handlers and why each needs no membership check. */
const routeCases: Record<string, string> = {
  "app/api/health/route.ts": "public liveness check; reads no organization data",
  "app/api/auth/[...nextauth]/route.ts": "next-auth's sign-in and sign-out endpoints; sign-in is tested in lib/auth",
};

function routeFiles(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

async function snapshot(target: Fixture) {
  const id = target.organization.id;
  return {
    organization: await testDb.organization.findUnique({ where: { id }, select: { name: true, version: true } }),
    members: await testDb.member.findMany({
      where: { organizationId: id },
      select: { id: true, role: true, status: true, version: true },
      orderBy: { id: "asc" },
    }),
    invites: await testDb.invite.findMany({
      where: { organizationId: id },
      select: { id: true, revokedAt: true },
      orderBy: { id: "asc" },
    }),
    audit: await auditCount(id),
  };
}

async function withInvite(fixture: OrganizationFixture): Promise<Fixture> {
  const invite = await testDb.invite.create({
    data: {
      organizationId: fixture.organization.id,
      email: `${unique("pending")}@example.test`,
      role: "VIEWER",
      tokenHash: unique("hash"),
      expiresAt: new Date(Date.now() + 86_400_000),
      createdById: fixture.members.OWNER.userId,
    },
  });
  return { ...fixture, inviteId: invite.id };
}

let orgA: Fixture;
let orgB: Fixture;

beforeEach(async () => {
  orgA = await withInvite(await createOrganizationFixture("Alpha"));
  orgB = await withInvite(await createOrganizationFixture("Bravo"));
});

describe("the action and route inventory", () => {
  it("has a case for every server action", () => {
    expect(Object.keys(actions).length).toBeGreaterThan(10);
    expect(Object.keys(actions).filter((name) => !(name in orgCases))).toEqual([]);
    expect(Object.keys(orgCases).filter((name) => !(name in actions))).toEqual([]);
  });

  it("has a case for every route handler", () => {
    expect(routeFiles().sort()).toEqual(Object.keys(routeCases).sort());
  });
});

const organizationActions = Object.entries(orgCases).filter(
  (entry): entry is [string, OrgCase] => entry[1].kind === "organization",
);

describe("cross-organization matrix: a member of B on A's data gets not found and changes nothing", () => {
  it.each(organizationActions)("%s with A's slug", async (name, spec) => {
    const before = await snapshot(orgA);
    await actAs(orgB.members.OWNER.user);
    const result = await actions[name]?.(orgA.organization.slug, spec.input(orgA));
    expect(result).toMatchObject({ ok: false, reason: "NOT_FOUND" });
    expect(await snapshot(orgA)).toEqual(before);
  });

  it.each(organizationActions.filter(([, spec]) => spec.namesIds))(
    "%s with B's slug and A's ids",
    async (name, spec) => {
      const before = await snapshot(orgA);
      await actAs(orgB.members.OWNER.user);
      const result = await actions[name]?.(orgB.organization.slug, spec.input(orgA));
      expect(result).toMatchObject({ ok: false, reason: "NOT_FOUND" });
      expect(await snapshot(orgA)).toEqual(before);
    },
  );

  it.each(organizationActions)("%s signed out", async (name, spec) => {
    const before = await snapshot(orgA);
    await actAs(null);
    const result = await actions[name]?.(orgA.organization.slug, spec.input(orgA));
    expect(result).toMatchObject({ ok: false, reason: "NOT_FOUND" });
    expect(await snapshot(orgA)).toEqual(before);
  });
});

const refusals = organizationActions.flatMap(([name, spec]) =>
  roles.filter((role) => !can(role, spec.permission)).map((role) => [name, role, spec] as [string, Role, OrgCase]),
);

describe("role matrix: a role without the permission is refused and changes nothing", () => {
  it("covers the roles that must be refused", () => {
    expect(refusals.map(([name, role]) => `${name}:${role}`)).toContain("changeRoleAction:CONTRIBUTOR");
    expect(refusals.map(([name, role]) => `${name}:${role}`)).toContain("updateOrganizationAction:VIEWER");
  });

  it.each(refusals)("%s as %s", async (name, role, spec) => {
    const before = await snapshot(orgA);
    await actAs(orgA.members[role].user);
    const result = await actions[name]?.(orgA.organization.slug, spec.input(orgA));
    expect(result).toMatchObject({ ok: false, reason: "FORBIDDEN" });
    expect(await snapshot(orgA)).toEqual(before);
  });

  it.each(organizationActions)("%s as a permitted role succeeds", async (name, spec) => {
    const role = roles.find((candidate) => can(candidate, spec.permission)) ?? "OWNER";
    await actAs(orgA.members[role].user);
    const result = await actions[name]?.(orgA.organization.slug, spec.input(orgA));
    expect(result).toMatchObject({ ok: true });
  });
});

describe("account actions", () => {
  const accountActions = Object.entries(orgCases).filter(
    (entry): entry is [string, Extract<OtherCase, { kind: "account" }>] => entry[1].kind === "account",
  );
  it.each(accountActions)("%s needs a signed-in user", async (name, spec) => {
    await actAs(null);
    expect(await actions[name]?.(spec.input)).toMatchObject({ ok: false, reason: "UNAUTHENTICATED" });
  });
});

describe("the permission table", () => {
  it("lets only owners manage members and read the audit trail, and viewers only read", () => {
    expect(permissions["member.manage"].roles).toEqual(["OWNER"]);
    expect(permissions["audit.read"].roles).toEqual(["OWNER"]);
    expect(Object.keys(permissions).filter((permission) => can("VIEWER", permission as Permission))).toEqual([
      "organization.read",
    ]);
    expect(can("CONTRIBUTOR", "dialogue.manage")).toBe(false);
    expect(can("CONTRIBUTOR", "review.decide")).toBe(false);
    expect(can("CONTRIBUTOR", "record.edit")).toBe(true);
  });
});
