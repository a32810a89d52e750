import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { COUNT_CAP, countLabel } from "../paging";
import { actAs, createOrganizationFixture, createWorkspace, testDb } from "../testing/fixtures";
import { countQueries } from "../testing/query-count";
import { getDashboard } from "./dashboard";
import { DIALOGUE_PAGE_SIZE, listDialogues } from "./reads";

/** No query per row: the number of queries for a page does not grow with the rows on it. */
describe("dialogue lists", () => {
  it("cost the same number of queries for 2 dialogues as for 20", async () => {
    const { organization, members } = await createOrganizationFixture("Queries");
    await actAs(members.CONVENER.user);
    const measure = async () => {
      const context = await getMemberContext(organization.slug);
      if (!context) throw new Error("no context");
      const dashboard = await countQueries(() => getDashboard(context, 1));
      const list = await countQueries(() => listDialogues(context, { sort: "updated", page: 1 }));
      return { dashboard: dashboard.queries, list: list.queries, rows: dashboard.result.rows.length };
    };

    for (let i = 0; i < 2; i++) await createWorkspace(organization.id);
    const few = await measure();
    for (let i = 0; i < 18; i++) await createWorkspace(organization.id);
    const many = await measure();

    expect(few.rows).toBe(2);
    expect(many.rows).toBe(20);
    expect(few.dashboard).toBeGreaterThan(0);
    expect(many).toEqual({ ...few, rows: 20 });
    // The page, its count, and its dialogues' open gate conditions, latest reviews and next
    // sessions in one statement; then their checklist items (with pending re-checks); their
    // upcoming sessions' logistics; and their overdue follow-ups.
    expect(many.dashboard).toBe(4);
    expect(many.list).toBe(2);
  });
});

describe("the readiness board", () => {
  it("shows each dialogue's latest review decision", async () => {
    const { organization, members } = await createOrganizationFixture("Board");
    const workspace = await createWorkspace(organization.id);
    const review = (decision: "GO" | "NOT_YET", decidedAt: string) => ({
      organizationId: organization.id,
      dialogueId: workspace.dialogue.id,
      decision,
      rationale: "Fictional rationale.",
      decidedById: members.OWNER.userId,
      score: 50,
      snapshot: [],
      decidedAt: new Date(decidedAt),
    });
    await testDb.readinessReview.createMany({
      data: [review("NOT_YET", "2026-10-01T10:00:00Z"), review("GO", "2026-11-01T10:00:00Z")],
    });
    await actAs(members.VIEWER.user);
    const context = await getMemberContext(organization.slug);
    if (!context) throw new Error("no context");
    const { rows } = await getDashboard(context, 1);
    expect(rows[0]?.lastReview).toMatchObject({ decision: "GO", decidedAt: new Date("2026-11-01T10:00:00Z") });
  });

  it("shows each dialogue's next planned or confirmed session, its blocked items and its open gates, and only its own", async () => {
    const { organization, members } = await createOrganizationFixture("Board next");
    const workspace = await createWorkspace(organization.id);
    const other = await createWorkspace(organization.id);
    const base = { organizationId: organization.id, dialogueId: workspace.dialogue.id };
    const session = (title: string, day: string, status: "PLANNED" | "CONFIRMED" | "CANCELLED" | "HELD") => ({
      ...base,
      title,
      status,
      startsAt: new Date(`${day}T09:00:00Z`),
      endsAt: new Date(`${day}T17:00:00Z`),
      timeZone: "Asia/Seoul",
      attributionRule: "CHATHAM_HOUSE" as const,
    });
    // The workspace's own "Round 4" is on 2027-03-02; an earlier cancelled one and a past one do not count.
    const now = Date.now();
    const day = (days: number) => new Date(now + days * 86_400_000).toISOString().slice(0, 10);
    await testDb.session.createMany({
      data: [
        session("Called off", day(10), "CANCELLED"),
        session("Last round", day(-30), "HELD"),
        session("Round 3b", day(20), "CONFIRMED"),
      ],
    });
    await testDb.checklistItem.create({
      data: { ...base, position: 1, question: "Who signs off on travel?", weight: 2, status: "BLOCKED" },
    });
    await testDb.condition.create({
      data: {
        ...base,
        text: "No press at the venue",
        side: "COUNTERPART",
        statedOn: new Date("2026-10-01T00:00:00Z"),
        source: "Fictional note of the last round",
        gate: true,
      },
    });
    await actAs(members.VIEWER.user);
    const context = await getMemberContext(organization.slug);
    if (!context) throw new Error("no context");
    const { rows } = await getDashboard(context, 1);
    const row = rows.find((r) => r.id === workspace.dialogue.id);
    expect(row?.nextSession).toMatchObject({ title: "Round 3b", timeZone: "Asia/Seoul" });
    expect(row?.blocking.map((item) => item.question)).toEqual(["Who signs off on travel?"]);
    expect(row?.readiness.openGates.map((gate) => gate.question)).toEqual(["Condition: No press at the venue"]);
    const untouched = rows.find((r) => r.id === other.dialogue.id);
    expect(untouched?.nextSession).toMatchObject({ title: "Round 4" });
    expect(untouched?.blocking).toEqual([]);
    expect(untouched?.readiness.openGates).toEqual([]);
  });
});

describe("counts past a thousand", () => {
  it("stop at the cap and say there are more, while the pages still lead on to the last one", async () => {
    const { organization, members } = await createOrganizationFixture("Many");
    await testDb.dialogue.createMany({
      data: Array.from({ length: COUNT_CAP + 30 }, (_, i) => ({
        organizationId: organization.id,
        title: `Bulk dialogue ${String(i).padStart(4, "0")}`,
        counterpart: "Republic of Eastmarch",
      })),
    });
    await actAs(members.CONVENER.user);
    const context = await getMemberContext(organization.slug);
    if (!context) throw new Error("no context");
    const first = await listDialogues(context, { sort: "title", page: 1 });
    expect(first).toMatchObject({ total: COUNT_CAP, more: true, pageCount: null, hasNext: true });
    expect(countLabel(first)).toBe("more than 1,000");
    const lastPage = Math.ceil((COUNT_CAP + 30) / DIALOGUE_PAGE_SIZE);
    const last = await listDialogues(context, { sort: "title", page: lastPage });
    expect(last.rows.at(-1)?.title).toBe(`Bulk dialogue ${COUNT_CAP + 29}`);
    expect(last.hasNext).toBe(false);
    const board = await getDashboard(context, lastPage - 1);
    expect(board).toMatchObject({ more: true, hasNext: true });
    expect(board.rows).toHaveLength(DIALOGUE_PAGE_SIZE);
    // Under the cap, the count is exact and the pages are numbered.
    const some = await listDialogues(context, { sort: "title", page: 1, q: "Bulk dialogue 00" });
    expect(some).toMatchObject({ total: 100, more: false, pageCount: 4, hasNext: true });
  });
});
