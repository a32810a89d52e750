import { beforeEach, describe, expect, it } from "vitest";
import { createFixture, type Fixture } from "./testing/action-fixture";
import { actAs, createWorkspace, testDb } from "./testing/fixtures";

/**
 * The pickers' lookup routes (lib/lookup-route.ts), called as Next calls them: a member finds their
 * own organization's records, a member of another organization and someone signed out get not
 * found, and a dialogue's need-to-know holds. lib/authz.test.ts's route inventory points here.
 */
let orgA: Fixture;
let orgB: Fixture;

beforeEach(async () => {
  orgA = await createFixture("Alpha");
  orgB = await createFixture("Bravo");
});

describe("the person lookup route", () => {
  const lookup = async (slug: string, q: string) => {
    const { GET } = await import("@/app/o/[slug]/interlocutors/lookup/route");
    return GET(new Request(`http://localhost/lookup?q=${encodeURIComponent(q)}`), {
      params: Promise.resolve({ slug }),
    });
  };

  it("finds a member people of their organization by another spelling", async () => {
    await actAs(orgA.members.VIEWER.user);
    const response = await lookup(orgA.organization.slug, "Tarn Veloc");
    expect(response.status).toBe(200);
    const found = (await response.json()) as { id: string }[];
    expect(found.map((person) => person.id)).toContain(orgA.workspace.interlocutorId);
  });

  it("answers a member of B with A's slug with not found, and B's own with none of A's people", async () => {
    await actAs(orgB.members.OWNER.user);
    expect((await lookup(orgA.organization.slug, "Tarn Veloc")).status).toBe(404);
    const own = (await (await lookup(orgB.organization.slug, "Tarn Veloc")).json()) as { id: string }[];
    expect(own.map((person) => person.id)).not.toContain(orgA.workspace.interlocutorId);
  });

  it("answers someone signed out with not found", async () => {
    await actAs(null);
    expect((await lookup(orgA.organization.slug, "Tarn Veloc")).status).toBe(404);
  });
});

describe("the dialogue lookup route", () => {
  const lookup = async (slug: string, q: string) => {
    const { GET } = await import("@/app/o/[slug]/dialogues/lookup/route");
    return GET(new Request(`http://localhost/lookup?q=${encodeURIComponent(q)}`), {
      params: Promise.resolve({ slug }),
    });
  };
  const ids = async (response: Response) => ((await response.json()) as { id: string }[]).map((row) => row.id);

  it("finds a member's dialogues by part of the title or the counterpart, in any case", async () => {
    await actAs(orgA.members.VIEWER.user);
    const byTitle = await lookup(orgA.organization.slug, orgA.workspace.dialogue.title.slice(0, 12).toUpperCase());
    expect(byTitle.status).toBe(200);
    expect(await ids(byTitle)).toContain(orgA.workspace.dialogue.id);
    const { counterpart } = await testDb.dialogue.findUniqueOrThrow({
      where: { id: orgA.workspace.dialogue.id },
      select: { counterpart: true },
    });
    expect(await ids(await lookup(orgA.organization.slug, counterpart.toLowerCase()))).toContain(
      orgA.workspace.dialogue.id,
    );
  });

  it("offers a restricted dialogue to its team and owners, never to a member outside the team", async () => {
    const restricted = await createWorkspace(orgA.organization.id, {
      restricted: true,
      teamMemberIds: [orgA.members.CONTRIBUTOR.id],
    });
    const q = restricted.dialogue.title;
    for (const insider of [orgA.members.CONTRIBUTOR.user, orgA.members.OWNER.user]) {
      await actAs(insider);
      expect(await ids(await lookup(orgA.organization.slug, q))).toContain(restricted.dialogue.id);
    }
    await actAs(orgA.members.CONVENER.user);
    const outsider = await lookup(orgA.organization.slug, q);
    expect(outsider.status).toBe(200);
    expect(await ids(outsider)).not.toContain(restricted.dialogue.id);
  });

  it("answers a member of B with A's slug with not found, and B's own with none of A's dialogues", async () => {
    await actAs(orgB.members.OWNER.user);
    expect((await lookup(orgA.organization.slug, orgA.workspace.dialogue.title)).status).toBe(404);
    expect(await ids(await lookup(orgB.organization.slug, orgA.workspace.dialogue.title))).not.toContain(
      orgA.workspace.dialogue.id,
    );
  });

  it("answers someone signed out with not found", async () => {
    await actAs(null);
    expect((await lookup(orgA.organization.slug, "Dialogue")).status).toBe(404);
  });
});

describe("the institution lookup route", () => {
  const lookup = async (slug: string, q: string) => {
    const { GET } = await import("@/app/o/[slug]/interlocutors/institutions/route");
    return GET(new Request(`http://localhost/institutions?q=${encodeURIComponent(q)}`), {
      params: Promise.resolve({ slug }),
    });
  };

  it("finds a member's own institutions by part of the name, in any case", async () => {
    await actAs(orgA.members.VIEWER.user);
    const response = await lookup(orgA.organization.slug, "republic of east");
    expect(response.status).toBe(200);
    const found = (await response.json()) as { id: string }[];
    expect(found.map((row) => row.id)).toEqual([orgA.workspace.counterpartInstitutionId]);
  });

  it("answers a member of B with A's slug with not found, and B's own with only B's institution", async () => {
    await actAs(orgB.members.OWNER.user);
    expect((await lookup(orgA.organization.slug, "Republic of Eastmarch")).status).toBe(404);
    const own = (await (await lookup(orgB.organization.slug, "Republic of Eastmarch")).json()) as { id: string }[];
    expect(own.map((row) => row.id)).toEqual([orgB.workspace.counterpartInstitutionId]);
  });

  it("answers someone signed out with not found", async () => {
    await actAs(null);
    expect((await lookup(orgA.organization.slug, "Republic")).status).toBe(404);
  });
});
