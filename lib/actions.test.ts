import { beforeEach, describe, expect, it } from "vitest";
import { actionCases, type OrganizationCase } from "./testing/action-cases";
import { createFixture, type Fixture, snapshot } from "./testing/action-fixture";
import { actAs } from "./testing/fixtures";

/**
 * For every organization action: bad input comes back as field errors and writes nothing; an
 * input carrying a stale version comes back as a conflict and writes nothing. The list is the
 * same inventory the authorization matrices use, so a new action is covered here too.
 */
const organizationActions = Object.entries(actionCases).filter(
  (entry): entry is [string, OrganizationCase] => entry[1].kind === "organization",
);
const actionModules = import.meta.glob<Record<string, (slug: string, input: unknown) => Promise<unknown>>>(
  "./**/actions.ts",
  { eager: true },
);
const actions = Object.assign({}, ...Object.values(actionModules)) as Record<
  string,
  (slug: string, input: unknown) => Promise<unknown>
>;

let target: Fixture;

beforeEach(async () => {
  target = await createFixture("Inputs");
  await actAs(target.members.OWNER.user);
});

describe("bad input", () => {
  it.each(organizationActions)("%s answers field errors and changes nothing", async (name) => {
    const before = await snapshot(target);
    const result = await actions[name]?.(target.organization.slug, { version: "not a number" });
    expect(result).toMatchObject({ ok: false, reason: "INVALID", message: "Check the highlighted fields." });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors).length).toBeGreaterThan(0);
    expect(await snapshot(target)).toEqual(before);
  });
});

// Any fixture will do to see an input's shape: this one answers every property with itself.
const anything: unknown = new Proxy({}, { get: () => anything });
const versioned = organizationActions.filter(([, spec]) => {
  const input = spec.input(anything as Fixture);
  return typeof input === "object" && input !== null && "version" in input;
});

describe("version conflicts", () => {
  it("cover every action that takes a version", () => {
    expect(versioned.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        "updateDialogueAction",
        "updateFormatAction",
        "updateThemeAction",
        "updateSessionAction",
        "updateChecklistItemAction",
        "changeRoleAction",
        "makeFormatCurrentAction",
        "deleteDialogueAction",
        "removeMemberAction",
      ]),
    );
  });

  it.each(versioned)("%s with a stale version is refused and changes nothing", async (name, spec) => {
    const before = await snapshot(target);
    const result = await actions[name]?.(target.organization.slug, { ...(spec.input(target) as object), version: 7 });
    // One kind of conflict everywhere: CONFLICT, with what the row holds now.
    expect(result).toMatchObject({
      ok: false,
      reason: "CONFLICT",
      current: expect.objectContaining({ id: expect.any(String) }),
    });
    expect(await snapshot(target)).toEqual(before);
  });
});
