import { describe, expect, it } from "vitest";
import { getMemberContext, type MemberContext } from "../auth/member";
import { addInterlocutorAction, logChangeAction } from "../interlocutors/actions";
import { getInterlocutor, listInterlocutors } from "../interlocutors/reads";
import {
  actAs,
  createOrganizationFixture,
  createWorkspace,
  signedInWorkspace as setup,
  testDb,
} from "../testing/fixtures";
import { countQueries } from "../testing/query-count";
import { addParticipantAction, addSessionParticipantAction, attachContinuityAction } from "./actions";
import { getContinuity } from "./continuity-reads";
import { getSessionRoster, listParticipants, listSessionRoll } from "./reads";

/** Rosters read back: continuity between sessions, who may see whom, and what a roster costs. */
async function contextOf(slug: string): Promise<MemberContext> {
  const context = await getMemberContext(slug);
  if (!context) throw new Error("expected a membership");
  return context;
}

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

  it("pages a search past the count cap, counting and showing only the people the member may see", async () => {
    const fixture = await createOrganizationFixture("SearchCap");
    const organizationId = fixture.organization.id;
    const restricted = await createWorkspace(organizationId, {
      restricted: true,
      teamMemberIds: [fixture.members.CONTRIBUTOR.id],
    });
    // 240 people who match, every third of them only in the restricted dialogue: 160 visible to an
    // outsider, which is under the cap of 200, and 240 to the team, which is over it.
    const names = Array.from({ length: 240 }, (_, i) => `Sorrel Vantor ${String(i).padStart(3, "0")}`);
    await testDb.interlocutor.createMany({
      data: names.map((name, i) => ({
        id: `search-cap-${i}`,
        organizationId,
        name,
        category: "COUNTERPART_OFFICIAL" as const,
        searchNames: `sorrelvantor${String(i).padStart(3, "0")}`,
      })),
    });
    await testDb.participant.createMany({
      data: names.flatMap((_, i) =>
        i % 3 === 0
          ? [
              {
                organizationId,
                dialogueId: restricted.dialogue.id,
                interlocutorId: `search-cap-${i}`,
                side: "COUNTERPART" as const,
                role: "MEMBER" as const,
              },
            ]
          : [],
      ),
    });
    const everyPage = async (context: MemberContext) => {
      const seen: string[] = [];
      const totals = new Set<string>();
      // 240 people at 25 a page: a list that still says "next" after page 12 is wrong.
      for (let page = 1; page <= 12; page++) {
        const found = await listInterlocutors(context, { q: "Sorrel Vantor", page });
        seen.push(...found.rows.map((row) => row.name));
        totals.add(`${found.total}${found.more ? "+" : ""}`);
        if (!found.hasNext) return { seen, totals: [...totals] };
      }
      throw new Error("the search kept offering a next page");
    };

    await actAs(fixture.members.CONVENER.user);
    const outsider = await everyPage(await contextOf(fixture.organization.slug));
    expect(outsider.seen).toEqual(names.filter((_, i) => i % 3 !== 0));
    expect(outsider.totals).toEqual(["160"]);

    await actAs(fixture.members.CONTRIBUTOR.user);
    const insider = await everyPage(await contextOf(fixture.organization.slug));
    // Pages 9 and 10 lie past the count's cap: they still hold the right people, in order.
    expect(insider.seen).toEqual(names);
    expect(insider.totals).toEqual(["200+"]);
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
      const day = { id: workspace.sessionId, startsAt: new Date() };
      const roll = await countQueries(() => listSessionRoll(context, workspace.dialogue.id, day));
      const people = await countQueries(() => listInterlocutors(context, { page: 1 }));
      const found = await countQueries(() => listInterlocutors(context, { q: "Delegate", page: 1 }));
      return [roster.queries, session.queries, continuity.queries, roll.queries, people.queries, found.queries];
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
    // Continuity: the sessions, both rosters in one read, and the replacements among them. The
    // session page's list of names is one read; a page of people is one read beside its count,
    // and a search's page, people and count are one statement.
    expect(few.slice(2)).toEqual([3, 1, 2, 1]);
    expect(many).toEqual(few);
  });
});
