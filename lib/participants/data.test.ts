import { describe, expect, it } from "vitest";
import { getMemberContext, type MemberContext } from "../auth/member";
import { addInterlocutorAction, logChangeAction } from "../interlocutors/actions";
import { getInterlocutor, listInterlocutors } from "../interlocutors/reads";
import { updateOrganizationAction } from "../organizations/actions";
import { updateSessionAction } from "../sessions/actions";
import {
  actAs,
  createOrganizationFixture,
  createWorkspace,
  signedInWorkspace as setup,
  testDb,
} from "../testing/fixtures";
import { countQueries } from "../testing/query-count";
import {
  addParticipantAction,
  addSessionParticipantAction,
  attachContinuityAction,
  recordScreeningAction,
  updateParticipantAction,
  updateSessionParticipantAction,
} from "./actions";
import { getContinuity, getSessionRoster, listParticipants } from "./reads";

const ALL_LISTS = [
  "UN Security Council 1718 Committee",
  "EU consolidated list (incl. EU human-rights regime)",
  "National list",
];

/** The errors beside each field of a refused action (none for any other result). */
const fieldErrorsOf = (result: { ok: boolean }) =>
  ("fieldErrors" in result ? result.fieldErrors : undefined) as Record<string, string[]> | undefined;

async function contextOf(slug: string): Promise<MemberContext> {
  const context = await getMemberContext(slug);
  if (!context) throw new Error("expected a membership");
  return context;
}

const session = {
  title: "Round 4",
  startsAt: "2027-03-02T09:30",
  endsAt: "2027-03-02T17:00",
  timeZone: "Europe/Oslo",
};

describe("participation", () => {
  it("refuses a second participation of one person, with the reason beside the person", async () => {
    const { slug, workspace } = await setup();
    const again = await addParticipantAction(slug, {
      dialogueId: workspace.dialogue.id,
      interlocutorId: workspace.interlocutorId,
      side: "COUNTERPART",
      role: "MEMBER",
      capacity: "OFFICIAL",
      status: "INVITED",
      consent: "NAMED",
    });
    expect(again).toMatchObject({ ok: false, reason: "INVALID" });
    expect(fieldErrorsOf(again)?.interlocutorId?.[0]).toContain("already takes part");
  });

  it("refuses an edit made from a stale version, and bad input beside its field", async () => {
    const { slug, workspace } = await setup();
    const terms = { side: "COUNTERPART", role: "MEMBER", capacity: "OFFICIAL", status: "CONFIRMED", consent: "NAMED" };
    const first = await updateParticipantAction(slug, { participantId: workspace.participantId, version: 0, ...terms });
    expect(first).toMatchObject({ ok: true });
    const stale = await updateParticipantAction(slug, { participantId: workspace.participantId, version: 0, ...terms });
    expect(stale).toMatchObject({ ok: false, reason: "CONFLICT" });
    const bad = await updateSessionParticipantAction(slug, {
      sessionParticipantId: workspace.sessionParticipantId,
      version: 0,
      attendance: "CONFIRMED",
      visa: "NEEDED",
    });
    expect(bad).toMatchObject({ ok: false, reason: "INVALID" });
    expect(fieldErrorsOf(bad)).toHaveProperty("visaLeadDays");
  });

  it("shows the roster with everyone's post as of any day", async () => {
    const { slug, workspace } = await setup();
    const post = (title: string, occurredOn: string) => ({
      interlocutorId: workspace.interlocutorId,
      kind: "APPOINTED",
      occurredOn,
      source: "State news agency (fictional)",
      confidence: "HIGH",
      institutionId: workspace.institutionId,
      title,
    });
    expect(await logChangeAction(slug, post("Director", "2020-01-01"))).toMatchObject({ ok: true });
    expect(
      await logChangeAction(slug, { ...post("Vice-minister", "2025-01-01"), kind: "PROMOTED", seniority: "5" }),
    ).toMatchObject({ ok: true });
    const context = await contextOf(slug);
    const titleOn = async (iso: string) => {
      const rows = await listParticipants(context, workspace.dialogue.id, new Date(`${iso}T00:00:00Z`));
      const row = rows.find((participant) => participant.interlocutorId === workspace.interlocutorId);
      return row?.interlocutor.affiliations[0]?.title ?? null;
    };
    expect(await titleOn("2019-12-31")).toBeNull();
    expect(await titleOn("2024-12-31")).toBe("Director");
    expect(await titleOn("2025-01-01")).toBe("Vice-minister");
  });
});

describe("the screening gate on confirming a session", () => {
  it("refuses while a participant is unscreened, naming them, and confirms once they are cleared", async () => {
    const { slug, workspace } = await setup();
    const confirm = (version: number) =>
      updateSessionAction(slug, { ...session, sessionId: workspace.sessionId, version, status: "CONFIRMED" });
    const refused = await confirm(0);
    expect(refused).toMatchObject({ ok: false, reason: "INVALID" });
    const person = await testDb.interlocutor.findUniqueOrThrow({ where: { id: workspace.interlocutorId } });
    expect(fieldErrorsOf(refused)?.status?.[0]).toContain(`${person.name} has not been screened`);
    expect((await testDb.session.findUniqueOrThrow({ where: { id: workspace.sessionId } })).status).toBe("PLANNED");

    const screen = (fields: object) =>
      recordScreeningAction(slug, {
        sessionParticipantId: workspace.sessionParticipantId,
        lists: ALL_LISTS,
        checkedOn: "2026-11-20",
        ...fields,
      });
    // A match needs an exemption; a granted one needs its reference.
    const noExemption = await screen({ result: "POSSIBLE_MATCH", exemption: "NOT_NEEDED" });
    expect(fieldErrorsOf(noExemption)).toHaveProperty("exemption");
    expect(await screen({ result: "POSSIBLE_MATCH", exemption: "REQUESTED" })).toMatchObject({ ok: true });
    const stillRefused = await confirm(0);
    expect(stillRefused.ok ? "" : stillRefused.message).toContain("possible match, and the exemption is requested");

    const grantedWithoutReference = await screen({ result: "POSSIBLE_MATCH", exemption: "GRANTED" });
    expect(fieldErrorsOf(grantedWithoutReference)).toHaveProperty("exemptionReference");
    expect(
      await screen({ result: "POSSIBLE_MATCH", exemption: "GRANTED", exemptionReference: "EXM-2026-114 (fictional)" }),
    ).toMatchObject({ ok: true });
    expect(await confirm(0)).toMatchObject({ ok: true });

    // Once confirmed, nobody joins without going back to planned.
    const late = await addSessionParticipantAction(slug, {
      sessionId: workspace.sessionId,
      participantId: workspace.spareParticipantId,
    });
    expect(fieldErrorsOf(late)?.participantId?.[0]).toContain("is confirmed");
  });

  it("asks for every list in the organization's set, which its owners configure", async () => {
    const { slug, workspace, members, organization } = await setup();
    await recordScreeningAction(slug, {
      sessionParticipantId: workspace.sessionParticipantId,
      lists: ALL_LISTS,
      checkedOn: "2026-11-20",
      result: "CLEAR",
      exemption: "NOT_NEEDED",
    });
    await actAs(members.OWNER.user);
    const settings = {
      name: organization.name,
      requireTwoFactor: false,
      version: organization.version,
      screeningLists: `${ALL_LISTS.join("\n")}\nSwiss SECO list (fictional entry)\n`,
    };
    expect(await updateOrganizationAction(slug, settings)).toMatchObject({ ok: true });
    const refused = await updateSessionAction(slug, {
      ...session,
      sessionId: workspace.sessionId,
      version: 0,
      status: "CONFIRMED",
    });
    expect(fieldErrorsOf(refused)?.status?.[0]).toContain("has not been screened against Swiss SECO list");
    const empty = await updateOrganizationAction(slug, {
      ...settings,
      version: organization.version + 1,
      screeningLists: "",
    });
    expect(fieldErrorsOf(empty)).toHaveProperty("screeningLists");
  });

  it("refuses a screening against a list that is not the organization's", async () => {
    const { slug, workspace } = await setup();
    const made = await recordScreeningAction(slug, {
      sessionParticipantId: workspace.sessionParticipantId,
      lists: ["Some list we never chose"],
      checkedOn: "2026-11-20",
      result: "CLEAR",
      exemption: "NOT_NEEDED",
    });
    expect(fieldErrorsOf(made)).toHaveProperty("lists");
    expect(await testDb.screening.count({ where: { sessionParticipantId: workspace.sessionParticipantId } })).toBe(0);
  });
});

describe("roster continuity", () => {
  it("shows a replacement between the held session and the next, and goes into the checklist in one click", async () => {
    const { slug, workspace, organization } = await setup();
    // The lead held a post, was replaced by a successor, who joins the next session.
    const successor = await addInterlocutorAction(slug, {
      name: "Jeong Seo-jin",
      originalName: "정서진",
      category: "COUNTERPART_OFFICIAL",
      confirmNew: "on",
    });
    if (!successor.ok) throw new Error(successor.message);
    const appointed = {
      interlocutorId: workspace.interlocutorId,
      kind: "APPOINTED",
      occurredOn: "2020-01-01",
      source: "State news agency (fictional)",
      confidence: "HIGH",
      institutionId: workspace.institutionId,
      title: "Director, Europe department",
      seniority: "3",
    };
    expect(await logChangeAction(slug, appointed)).toMatchObject({ ok: true });
    const replaced = {
      interlocutorId: workspace.interlocutorId,
      kind: "REPLACED",
      occurredOn: "2026-09-01",
      source: "State news agency (fictional)",
      confidence: "MEDIUM",
      successorId: successor.data.id,
    };
    expect(await logChangeAction(slug, replaced)).toMatchObject({ ok: true });
    const joined = await addParticipantAction(slug, {
      dialogueId: workspace.dialogue.id,
      interlocutorId: successor.data.id,
      side: "COUNTERPART",
      role: "DELEGATION_LEAD",
      capacity: "OFFICIAL",
      status: "INVITED",
      consent: "AFFILIATION_ONLY",
    });
    if (!joined.ok) throw new Error(joined.message);
    // The old lead withdraws from the next round; the successor takes the place.
    await testDb.sessionParticipant.delete({ where: { id: workspace.sessionParticipantId } });
    expect(
      await addSessionParticipantAction(slug, { sessionId: workspace.sessionId, participantId: joined.data.id }),
    ).toMatchObject({ ok: true });

    const view = await getContinuity(await contextOf(slug), workspace.dialogue.id);
    expect(view?.from.id).toBe(workspace.heldSessionId);
    expect(view?.to.id).toBe(workspace.sessionId);
    const counterpart = view?.continuity.sides.find((side) => side.side === "COUNTERPART");
    expect(counterpart?.dropped[0]?.replacedBy?.name).toBe("Jeong Seo-jin");
    expect(counterpart?.joined[0]?.replaces?.interlocutorId).toBe(workspace.interlocutorId);
    expect(view?.continuity.lead.change).toBe("same");

    const attached = await attachContinuityAction(slug, {
      itemId: workspace.checklistItemId,
      version: 0,
      fromSessionId: workspace.heldSessionId,
      toSessionId: workspace.sessionId,
    });
    expect(attached).toMatchObject({ ok: true });
    const item = await testDb.checklistItem.findUniqueOrThrow({ where: { id: workspace.checklistItemId } });
    expect(item.evidence).toContain("was replaced by Jeong Seo-jin");
    expect(item.evidenceLinks).toHaveLength(1);
    expect(item.evidenceLinks[0]).toMatch(
      new RegExp(
        `^https?://[^/]+/o/${slug}/dialogues/${workspace.dialogue.id}/participants\\?from=${workspace.heldSessionId}&to=${workspace.sessionId}#continuity$`,
      ),
    );
    const events = await testDb.auditEvent.count({
      where: { organizationId: organization.id, action: "checklist.continuity_attached", entityId: item.id },
    });
    expect(events).toBe(1);
  });
});

describe("need-to-know for people", () => {
  it("hides someone who takes part only in a restricted dialogue from search, counts, choices and duplicate warnings", async () => {
    const fixture = await createOrganizationFixture("NeedToKnow");
    const slug = fixture.organization.slug;
    const restricted = await createWorkspace(fixture.organization.id, {
      restricted: true,
      teamMemberIds: [fixture.members.CONTRIBUTOR.id],
    });
    const hidden = await testDb.interlocutor.update({
      where: { id: restricted.interlocutorId },
      data: { name: "Kwon Min-seo", searchNames: "kwonminseo gwonminseo" },
    });

    await actAs(fixture.members.CONVENER.user);
    const outsider = await contextOf(slug);
    expect((await listInterlocutors(outsider, { q: "Kwon Minseo", page: 1 })).rows).toEqual([]);
    const all = await listInterlocutors(outsider, { page: 1 });
    expect(all.rows.map((row) => row.id)).not.toContain(hidden.id);
    // Of the workspace's three people only the newcomer, who is in no dialogue, counts for the outsider.
    expect(all.total).toBe(1);
    // Nor does the person picker's lookup offer them.
    const { GET } = await import("@/app/o/[slug]/interlocutors/lookup/route");
    const lookup = async (q: string) =>
      (await (
        await GET(new Request(`http://localhost/lookup?q=${encodeURIComponent(q)}`), {
          params: Promise.resolve({ slug }),
        })
      ).json()) as { id: string; name: string }[];
    expect(await lookup("Kwon Minseo")).toEqual([]);
    expect(await getInterlocutor(outsider, hidden.id)).toBeNull();
    expect(await getSessionRoster(outsider, restricted.dialogue.id, restricted.sessionId)).toBeNull();
    // No warning that would name them: the outsider may record someone of that name.
    const added = await addInterlocutorAction(slug, { name: "Kwon Min-seo", category: "COUNTERPART_OFFICIAL" });
    expect(added).toMatchObject({ ok: true });

    await actAs(fixture.members.CONTRIBUTOR.user);
    const insider = await contextOf(slug);
    expect((await listInterlocutors(insider, { q: "Kwon Minseo", page: 1 })).rows.map((row) => row.id)).toContain(
      hidden.id,
    );
    expect((await lookup("Kwon Minseo")).map((row) => row.id)).toContain(hidden.id);
    const warned = await addInterlocutorAction(slug, { name: "Kwon Minseo", category: "COUNTERPART_OFFICIAL" });
    expect(warned).toMatchObject({ ok: false, reason: "POSSIBLE_DUPLICATE" });
  });
});

describe("rosters", () => {
  it("cost the same number of queries for 2 participants as for 12", async () => {
    const { slug, workspace, organization } = await setup();
    const measure = async () => {
      const context = await contextOf(slug);
      // One at a time: the counter is shared.
      const roster = await countQueries(() => listParticipants(context, workspace.dialogue.id, new Date()));
      const session = await countQueries(() => getSessionRoster(context, workspace.dialogue.id, workspace.sessionId));
      const continuity = await countQueries(() => getContinuity(context, workspace.dialogue.id));
      return [roster.queries, session.queries, continuity.queries];
    };
    const few = await measure();
    for (let i = 0; i < 10; i++) {
      const person = await testDb.interlocutor.create({
        data: { organizationId: organization.id, name: `Delegate ${i}`, category: "COUNTERPART_OFFICIAL" },
      });
      const participant = await testDb.participant.create({
        data: {
          organizationId: organization.id,
          dialogueId: workspace.dialogue.id,
          interlocutorId: person.id,
          side: "COUNTERPART",
          role: "MEMBER",
        },
      });
      for (const sessionId of [workspace.sessionId, workspace.heldSessionId])
        await testDb.sessionParticipant.create({
          data: { organizationId: organization.id, sessionId, participantId: participant.id },
        });
    }
    const many = await measure();
    expect(few.every((queries) => queries > 0)).toBe(true);
    expect(many).toEqual(few);
  });
});
