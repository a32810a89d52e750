import { describe, expect, it } from "vitest";
import { type Logistics, overdueLogistics, type Screened, screeningProblems } from "./gate";

const LISTS = ["UN Security Council 1718 Committee", "EU consolidated list", "National list"];
const row = (overrides: Partial<Screened> = {}): Screened => ({
  name: "Jeong Seo-jin",
  status: "INVITED",
  attendance: "INVITED",
  screening: { lists: LISTS, result: "CLEAR", exemption: "NOT_NEEDED" },
  ...overrides,
});

describe("the screening gate", () => {
  it("lets a session be confirmed when everyone expected is cleared against every list", () => {
    expect(screeningProblems([row(), row({ name: "Choe So-ra" })], LISTS)).toEqual([]);
  });

  it.each([
    ["unscreened", row({ screening: null }), "Jeong Seo-jin has not been screened"],
    [
      "screened against some lists only",
      row({ screening: { lists: LISTS.slice(0, 1), result: "CLEAR", exemption: "NOT_NEEDED" } }),
      "Jeong Seo-jin has not been screened against EU consolidated list, National list",
    ],
    [
      "a possible match with the exemption requested",
      row({ screening: { lists: LISTS, result: "POSSIBLE_MATCH", exemption: "REQUESTED" } }),
      "Jeong Seo-jin is a possible match, and the exemption is requested, not granted",
    ],
    [
      "listed with the exemption refused",
      row({ screening: { lists: LISTS, result: "LISTED", exemption: "REFUSED" } }),
      "Jeong Seo-jin is listed, and the exemption is refused, not granted",
    ],
  ])("refuses %s, naming who and why", (_, participant, problem) => {
    expect(screeningProblems([participant], LISTS)).toEqual([problem]);
  });

  it("accepts a match once its exemption is granted", () => {
    const granted = row({ screening: { lists: LISTS, result: "LISTED", exemption: "GRANTED" } });
    expect(screeningProblems([granted], LISTS)).toEqual([]);
  });

  it("does not wait for people no longer expected", () => {
    const gone = [
      row({ screening: null, attendance: "NO_SHOW" }),
      row({ screening: null, status: "DECLINED" }),
      row({ screening: null, status: "WITHDRAWN" }),
    ];
    expect(screeningProblems(gone, LISTS)).toEqual([]);
  });
});

describe("overdue logistics", () => {
  const session = { startsAt: new Date("2027-05-04T07:30:00Z"), status: "PLANNED" as const };
  const ready: Logistics = {
    status: "CONFIRMED",
    attendance: "CONFIRMED",
    invitationSentOn: new Date("2027-01-10T00:00:00Z"),
    visa: "GRANTED",
    visaLeadDays: 45,
    travelBooked: true,
  };
  const on = (iso: string) => new Date(`${iso}T00:00:00Z`);

  it("has nothing overdue when everything is done", () => {
    expect(overdueLogistics(session, ready, on("2027-05-01"))).toEqual([]);
  });

  it("flags the invitation six weeks ahead, or two weeks before a long visa must be applied for", () => {
    const unsent = { ...ready, invitationSentOn: null };
    expect(overdueLogistics(session, unsent, on("2027-03-01"))).toEqual([]);
    expect(overdueLogistics(session, unsent, on("2027-03-24"))).toEqual(["invitation letter not sent"]);
    const longVisa = { ...unsent, visa: "APPLIED" as const, visaLeadDays: 60 };
    expect(overdueLogistics(session, longVisa, on("2027-02-20"))).toEqual(["invitation letter not sent"]);
  });

  it("flags a visa not applied for within its lead time, and a refused one", () => {
    const needed = { ...ready, visa: "NEEDED" as const, visaLeadDays: 45 };
    expect(overdueLogistics(session, needed, on("2027-03-01"))).toEqual([]);
    expect(overdueLogistics(session, needed, on("2027-03-25"))).toEqual(["visa not applied for"]);
    expect(overdueLogistics(session, { ...ready, visa: "REFUSED" }, on("2027-01-01"))).toEqual(["visa refused"]);
  });

  it("flags travel not booked two weeks ahead", () => {
    const unbooked = { ...ready, travelBooked: false };
    expect(overdueLogistics(session, unbooked, on("2027-04-15"))).toEqual([]);
    expect(overdueLogistics(session, unbooked, on("2027-04-25"))).toEqual(["travel not booked"]);
  });

  it("says nothing of past, held or cancelled sessions, or of people no longer expected", () => {
    const late = { ...ready, travelBooked: false };
    expect(overdueLogistics(session, late, on("2027-05-05"))).toEqual([]);
    expect(overdueLogistics({ ...session, status: "CANCELLED" }, late, on("2027-04-30"))).toEqual([]);
    expect(overdueLogistics(session, { ...late, attendance: "NO_SHOW" }, on("2027-04-30"))).toEqual([]);
  });
});
