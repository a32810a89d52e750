import { beforeAll, describe, expect, it } from "vitest";
import { getMemberContext, type MemberContext } from "./auth/member";
import { linkContextEventAction } from "./context/actions";
import { logChangeAction } from "./interlocutors/actions";
import { recordReviewAction, saveTemplateAction, updateChecklistItemAction } from "./readiness/actions";
import { createFixture, type Fixture } from "./testing/action-fixture";
import { actAs, createWorkspace, testDb } from "./testing/fixtures";
import { type ReadCase, readCases, type Target } from "./testing/read-cases";

/**
 * The read matrix, like the write matrix in authz.test.ts: every get* and list* of the data layer
 * has a case in testing/read-cases.ts (a new one without a case fails the inventory), and each runs as a member who
 * must see nothing of the target: another organization's owner, and, for what lives inside a
 * dialogue, a convener outside a restricted dialogue's team. Each also runs as someone who may
 * see the target, so a read that returned nothing at all could not pass.
 */

const dataModules = import.meta.glob<Record<string, unknown>>(
  ["./*/{data,reads,continuity-reads,change-reads,dashboard,personal-data}.ts", "./audit.ts"],
  {
    eager: true,
  },
);
const reads = Object.values(dataModules).flatMap((module) =>
  Object.entries(module)
    .filter(([name, value]) => /^(get|list)[A-Z]/.test(name) && typeof value === "function")
    .map(([name]) => name),
);

async function contextOf(user: { id: string }, slug: string): Promise<MemberContext> {
  await actAs(user);
  const context = await getMemberContext(slug);
  if (!context) throw new Error("expected a membership");
  return context;
}

/** Every id and title that would show the target leaked into a result. */
async function markersOf(target: Target): Promise<string[]> {
  const dialogueId = target.workspace.dialogue.id;
  const rows = await Promise.all([
    testDb.format.findMany({ where: { dialogueId }, select: { id: true } }),
    testDb.theme.findMany({ where: { dialogueId }, select: { id: true } }),
    testDb.session.findMany({ where: { dialogueId }, select: { id: true } }),
    testDb.checklistItem.findMany({ where: { dialogueId }, select: { id: true } }),
    testDb.readinessReview.findMany({ where: { dialogueId }, select: { id: true } }),
    testDb.auditEvent.findMany({ where: { organizationId: target.fixture.organization.id }, select: { id: true } }),
    testDb.member.findMany({ where: { organizationId: target.fixture.organization.id }, select: { id: true } }),
    testDb.interlocutor.findMany({ where: { organizationId: target.fixture.organization.id }, select: { id: true } }),
    testDb.institution.findMany({ where: { organizationId: target.fixture.organization.id }, select: { id: true } }),
    testDb.participant.findMany({ where: { dialogueId }, select: { id: true } }),
    testDb.sessionParticipant.findMany({ where: { session: { dialogueId } }, select: { id: true } }),
    testDb.contextEvent.findMany({ where: { organizationId: target.fixture.organization.id }, select: { id: true } }),
    testDb.followUp.findMany({ where: { session: { dialogueId } }, select: { id: true } }),
    testDb.condition.findMany({ where: { dialogueId }, select: { id: true } }),
  ]);
  return [
    dialogueId,
    target.workspace.dialogue.title,
    target.fixture.organization.id,
    target.fixture.inviteId,
    ...rows.flat().map((row) => row.id),
  ];
}

const leaks = (result: unknown, markers: string[]) => {
  const text = JSON.stringify(result ?? null);
  return markers.filter((marker) => text.includes(marker));
};

let orgA: Fixture;
let orgB: Fixture;
let restricted: Target;
let open: Target;

beforeAll(async () => {
  orgA = await createFixture("ReadA");
  orgB = await createFixture("ReadB");
  open = { fixture: orgA, workspace: orgA.workspace };
  restricted = {
    fixture: orgA,
    workspace: await createWorkspace(orgA.organization.id, {
      restricted: true,
      teamMemberIds: [orgA.members.CONTRIBUTOR.id],
    }),
  };
  for (const target of [open, restricted])
    await testDb.interlocutorRedirect.create({
      data: {
        id: `merged${target.workspace.interlocutorId}`,
        interlocutorId: target.workspace.interlocutorId,
        organizationId: orgA.organization.id,
      },
    });
  // Something in the history and a review, written the way the app writes them.
  await actAs(orgA.members.OWNER.user);
  for (const target of [open, restricted]) {
    const item = { itemId: target.workspace.checklistItemId, version: 0, status: "ANSWERED", weight: 3 };
    expect(await updateChecklistItemAction(orgA.organization.slug, item)).toMatchObject({ ok: true });
    const review = { dialogueId: target.workspace.dialogue.id, decision: "NOT_YET", rationale: "Access is blocked." };
    expect(await recordReviewAction(orgA.organization.slug, review)).toMatchObject({ ok: true });
  }
  const appointment = {
    interlocutorId: open.workspace.interlocutorId,
    kind: "APPOINTED",
    occurredOn: "2026-02-01",
    source: "State news agency",
    confidence: "HIGH",
    institutionId: open.workspace.institutionId,
    title: "Vice-minister",
  };
  expect(await logChangeAction(orgA.organization.slug, appointment)).toMatchObject({ ok: true });
  const hidden = {
    ...appointment,
    interlocutorId: restricted.workspace.interlocutorId,
    institutionId: restricted.workspace.institutionId,
  };
  expect(await logChangeAction(orgA.organization.slug, hidden)).toMatchObject({ ok: true });
  for (const target of [open, restricted]) {
    await testDb.interlocutor.update({
      where: { id: target.workspace.interlocutorId },
      data: { reviewBy: new Date("2026-01-01T00:00:00Z"), lawfulBasis: "Legitimate interest" },
    });
  }
  // An organization template, saved from the open dialogue.
  const template = { dialogueId: open.workspace.dialogue.id, name: "Skerry standard" };
  expect(await saveTemplateAction(orgA.organization.slug, template)).toMatchObject({ ok: true });
  // An outside event linked to an item in each dialogue.
  for (const target of [open, restricted]) {
    const link = { eventId: orgA.contextEventId, itemIds: [target.workspace.checklistItemId] };
    expect(await linkContextEventAction(orgA.organization.slug, link)).toMatchObject({ ok: true });
    await testDb.dialogue.update({
      where: { id: target.workspace.dialogue.id },
      data: { counterpart: `${target.workspace.dialogue.title} counterpart` },
    });
  }
});

describe("the read inventory", () => {
  it("has a case for every get* and list* of the data layer", () => {
    expect(reads.length).toBeGreaterThan(10);
    // A read may have more than one case, as "name:variant".
    const covered = Object.keys(readCases).map((name) => name.split(":")[0] as string);
    expect(reads.filter((name) => !covered.includes(name))).toEqual([]);
    expect(covered.filter((name) => !reads.includes(name))).toEqual([]);
  });
});

const byKind = (kind: ReadCase["kind"]) =>
  Object.entries(readCases).filter(
    (entry): entry is [string, Extract<ReadCase, { kind: "dialogue" | "organization" }> & { markers?: string[] }] =>
      entry[1].kind === kind,
  );

describe("another organization's owner sees nothing of A", () => {
  it.each([...byKind("dialogue"), ...byKind("organization")])("%s", async (_, spec) => {
    const markers = [...(await markersOf(open)), ...(spec.markers ?? [])];
    const own = await spec.read(await contextOf(orgA.members.OWNER.user, orgA.organization.slug), open);
    expect(leaks(own, markers).length, "A's owner sees A's data").toBeGreaterThan(0);
    const stranger = await spec.read(await contextOf(orgB.members.OWNER.user, orgB.organization.slug), open);
    expect(leaks(stranger, markers)).toEqual([]);
  });
});

describe("a convener outside a restricted dialogue's team sees nothing of it", () => {
  it.each(byKind("dialogue"))("%s", async (_, spec) => {
    // What belongs to the organization rather than the dialogue (its institutions, its outside
    // events, and people who take part in no restricted dialogue) is anyone's to see.
    const everyones = await testDb.interlocutor.findMany({
      where: {
        organizationId: orgA.organization.id,
        participations: { none: { dialogueId: restricted.workspace.dialogue.id } },
      },
      select: { id: true },
    });
    const institutions = await testDb.institution.findMany({
      where: { organizationId: orgA.organization.id },
      select: { id: true },
    });
    const events = await testDb.contextEvent.findMany({
      where: { organizationId: orgA.organization.id },
      select: { id: true },
    });
    const shared = new Set([
      orgA.organization.id,
      orgA.inviteId,
      ...[...everyones, ...institutions, ...events].map((row) => row.id),
    ]);
    const markers = (await markersOf(restricted)).filter((marker) => !shared.has(marker));
    const slug = orgA.organization.slug;
    for (const insider of [orgA.members.OWNER.user, orgA.members.CONTRIBUTOR.user]) {
      const seen = await spec.read(await contextOf(insider, slug), restricted);
      expect(leaks(seen, markers).length, "the team and owners see it").toBeGreaterThan(0);
    }
    const outsider = await spec.read(await contextOf(orgA.members.CONVENER.user, slug), restricted);
    expect(leaks(outsider, markers)).toEqual([]);
  });
});
