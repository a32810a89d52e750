import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { can, type Permission, permissions, roles } from "./authz";
import type { Role } from "./generated/prisma/enums";
import { actionCases, type OrganizationCase, type OtherCase } from "./testing/action-cases";
import { createFixture, type Fixture, snapshot } from "./testing/action-fixture";
import { actAs, createWorkspace } from "./testing/fixtures";

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

/** Route handlers and why each needs no membership check. */
const routeCases: Record<string, string> = {
  "app/api/health/route.ts": "public liveness check; reads no organization data",
  "app/api/auth/[...nextauth]/route.ts": "next-auth's sign-in and sign-out endpoints; sign-in is tested in lib/auth",
  "app/o/[slug]/dialogues/[dialogueId]/sessions/[sessionId]/calendar/route.ts":
    "membership-checked: see the calendar cases below",
  "app/o/[slug]/interlocutors/lookup/route.ts": "membership-checked: see lib/lookup-route.test.ts",
  "app/o/[slug]/interlocutors/institutions/route.ts": "membership-checked: see lib/lookup-route.test.ts",
  "app/o/[slug]/dialogues/lookup/route.ts": "membership- and need-to-know-checked: see lib/lookup-route.test.ts",
  "app/o/[slug]/interlocutors/export/route.ts": "membership-checked: see lib/exports.test.ts",
  "app/o/[slug]/interlocutors/changes/export/route.ts": "membership-checked: see lib/exports.test.ts",
  "app/o/[slug]/dialogues/export/route.ts": "membership-checked: see lib/exports.test.ts",
  "app/o/[slug]/dialogues/[dialogueId]/follow-ups/export/route.ts":
    "membership- and need-to-know-checked: see lib/exports.test.ts",
  "app/o/[slug]/interlocutors/[interlocutorId]/personal-data/route.ts":
    "owners only: see lib/interlocutors/personal-data.test.ts",
  "app/o/[slug]/backup/route.ts": "owners only: see lib/backup/backup.test.ts",
};

function routeFiles(dir = "app"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

let orgA: Fixture;
let orgB: Fixture;

beforeEach(async () => {
  orgA = await createFixture("Alpha");
  orgB = await createFixture("Bravo");
});

describe("the action and route inventory", () => {
  it("has a case for every server action", () => {
    expect(Object.keys(actions).length).toBeGreaterThan(10);
    expect(Object.keys(actions).filter((name) => !(name in actionCases))).toEqual([]);
    expect(Object.keys(actionCases).filter((name) => !(name in actions))).toEqual([]);
  });

  it("has a case for every route handler", () => {
    expect(routeFiles().sort()).toEqual(Object.keys(routeCases).sort());
  });
});

const organizationActions = Object.entries(actionCases).filter(
  (entry): entry is [string, OrganizationCase] => entry[1].kind === "organization",
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

describe("restricted dialogues: a member outside the team gets not found and changes nothing", () => {
  it.each(organizationActions.filter(([, spec]) => spec.insideDialogue))("%s", async (name, spec) => {
    const restricted = await createWorkspace(orgA.organization.id, {
      restricted: true,
      teamMemberIds: [orgA.members.CONTRIBUTOR.id],
    });
    const target = { ...orgA, workspace: restricted };
    const before = await snapshot(target);
    await actAs(orgA.members.CONVENER.user);
    const result = await actions[name]?.(orgA.organization.slug, spec.input(target));
    expect(result).toMatchObject({ ok: false, reason: "NOT_FOUND" });
    expect(await snapshot(target)).toEqual(before);

    // The team member and an owner do reach it (the role permitting).
    await actAs(orgA.members.OWNER.user);
    expect(await actions[name]?.(orgA.organization.slug, spec.input(target))).toMatchObject({ ok: true });
  });
});

describe("the session calendar route", () => {
  const get = async (slug: string, target: Fixture) => {
    const { GET } = await import("@/app/o/[slug]/dialogues/[dialogueId]/sessions/[sessionId]/calendar/route");
    const params = Promise.resolve({
      slug,
      dialogueId: target.workspace.dialogue.id,
      sessionId: target.workspace.sessionId,
    });
    return GET(new Request("http://localhost/calendar"), { params });
  };

  it("serves a member an .ics file", async () => {
    await actAs(orgA.members.VIEWER.user);
    const response = await get(orgA.organization.slug, orgA);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await response.text()).toContain("SUMMARY:Round 4");
  });

  it.each([
    ["a member of B with A's slug", "A"],
    ["a member of B with B's slug and A's ids", "B"],
  ])("answers %s with not found", async (_, slug) => {
    await actAs(orgB.members.OWNER.user);
    const response = await get(slug === "A" ? orgA.organization.slug : orgB.organization.slug, orgA);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Not found.");
  });

  it("answers a member outside a restricted dialogue's team with not found", async () => {
    const restricted = await createWorkspace(orgA.organization.id, { restricted: true });
    await actAs(orgA.members.CONVENER.user);
    expect((await get(orgA.organization.slug, { ...orgA, workspace: restricted })).status).toBe(404);
  });
});

const refusals = organizationActions.flatMap(([name, spec]) =>
  roles
    .filter((role) => !can(role, spec.permission))
    .map((role) => [name, role, spec] as [string, Role, OrganizationCase]),
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
  const accountActions = Object.entries(actionCases).filter(
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
