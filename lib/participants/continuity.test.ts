import { describe, expect, it } from "vitest";
import { compareRosters, describeContinuity, type Post, postAsOf, type RosterMember, utcDay } from "./continuity";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const post = (id: string, startsOn: string, endsOn: string | null, seniority: number | null = null): Post => ({
  id,
  title: `Post ${id}`,
  startsOn: day(startsOn),
  endsOn: endsOn ? day(endsOn) : null,
  seniority,
  institution: { name: "Ministry (fictional)" },
});
const member = (interlocutorId: string, overrides: Partial<RosterMember> = {}): RosterMember => ({
  interlocutorId,
  name: `Person ${interlocutorId}`,
  side: "COUNTERPART",
  role: "MEMBER",
  post: null,
  ...overrides,
});

describe("postAsOf: anyone's post on any day", () => {
  const posts = [post("a", "2019-05-01", "2026-02-28"), post("b", "2026-03-01", null)];

  it.each([
    ["2019-04-30", null],
    ["2019-05-01", "a"],
    ["2026-02-28", "a"],
    ["2026-03-01", "b"],
    ["2030-01-01", "b"],
  ])("on %s holds %s", (on, expected) => {
    expect(postAsOf(posts, day(on))?.id ?? null).toBe(expected);
  });

  it("prefers the later-begun post where records overlap, and is empty between posts", () => {
    const overlapping = [post("old", "2020-01-01", null), post("new", "2022-01-01", null)];
    expect(postAsOf(overlapping, day("2023-01-01"))?.id).toBe("new");
    const gap = [post("x", "2020-01-01", "2020-12-31"), post("y", "2022-01-01", null)];
    expect(postAsOf(gap, day("2021-06-01"))).toBeNull();
  });

  it("reads a session's moment as its UTC day", () => {
    expect(utcDay(new Date("2027-05-04T23:30:00Z")).toISOString()).toBe("2027-05-04T00:00:00.000Z");
  });
});

describe("compareRosters", () => {
  it("sorts people into returning, new and dropped for each side, and links replacements", () => {
    const before = [
      member("ri", { role: "DELEGATION_LEAD", post: post("p1", "2019-01-01", null, 3) }),
      member("pak"),
      member("choe", { post: post("c1", "2021-01-01", "2026-03-31") }),
      member("maren", { side: "OURS", role: "FACILITATOR" }),
    ];
    const after = [
      member("jeong", { role: "DELEGATION_LEAD", post: post("p2", "2026-03-01", null, 4) }),
      member("choe", { post: post("c2", "2026-04-01", null) }),
      member("maren", { side: "OURS", role: "FACILITATOR" }),
    ];
    const result = compareRosters(before, after, [{ interlocutorId: "ri", successorId: "jeong" }]);
    const counterpart = result.sides.find((side) => side.side === "COUNTERPART");
    expect(counterpart?.returning.map((row) => [row.after.interlocutorId, row.postChanged])).toEqual([["choe", true]]);
    expect(counterpart?.joined.map((row) => [row.member.interlocutorId, row.replaces?.interlocutorId])).toEqual([
      ["jeong", "ri"],
    ]);
    expect(
      counterpart?.dropped.map((row) => [row.member.interlocutorId, row.replacedBy?.interlocutorId ?? null]),
    ).toEqual([
      ["ri", "jeong"],
      ["pak", null],
    ]);
    const ours = result.sides.find((side) => side.side === "OURS");
    expect(ours?.returning.map((row) => [row.after.interlocutorId, row.postChanged])).toEqual([["maren", false]]);
    expect(result.counts).toEqual({ before: 4, after: 3, returning: 2, joined: 1, dropped: 2, postChanged: 1 });
    expect(result.lead.change).toBe("up");
  });

  it.each([
    [3, 4, "up"],
    [4, 3, "down"],
    [3, 3, "same"],
    [null, 3, "unknown"],
  ] as const)("a lead of seniority %s then %s went %s", (was, is, change) => {
    const before = [member("a", { role: "DELEGATION_LEAD", post: was ? post("x", "2020-01-01", null, was) : null })];
    const after = [member("b", { role: "DELEGATION_LEAD", post: post("y", "2020-01-01", null, is) })];
    expect(compareRosters(before, after).lead.change).toBe(change);
  });

  it("names a lead who is new, or missing, and ignores our own side's lead", () => {
    const ourLead = member("o", { side: "OURS", role: "DELEGATION_LEAD" });
    expect(compareRosters([ourLead], [member("b", { role: "DELEGATION_LEAD" })]).lead.change).toBe("new");
    expect(compareRosters([member("a", { role: "DELEGATION_LEAD" })], [ourLead]).lead.change).toBe("none");
  });

  it("says it in words for the checklist's evidence", () => {
    const before = [
      member("ri", { name: "Ri Ha-neul", role: "DELEGATION_LEAD" }),
      member("pak", { name: "Pak To-yun" }),
    ];
    const after = [member("jeong", { name: "Jeong Seo-jin", role: "DELEGATION_LEAD" })];
    const text = describeContinuity(compareRosters(before, after, [{ interlocutorId: "ri", successorId: "jeong" }]), {
      from: { title: "Round 4" },
      to: { title: "Round 5" },
    });
    expect(text).toContain("Round 4 to Round 5: 0 of 2 return (0%), 1 new, 2 dropped");
    expect(text).toContain("Ri Ha-neul was replaced by Jeong Seo-jin.");
    expect(text).toContain("Pak To-yun dropped out.");
  });
});
