import { describe, expect, it } from "vitest";
import { type Attribution, attributionOf, rosterLines, type Variant } from "./attribution";

const table: [Parameters<typeof attributionOf>[0], Parameters<typeof attributionOf>[1], Variant, Attribution][] = [
  ["CHATHAM_HOUSE", "NAMED", "internal", "full"],
  ["CHATHAM_HOUSE", "AFFILIATION_ONLY", "internal", "full"],
  ["CHATHAM_HOUSE", "NOT_LISTED", "internal", "full"],
  ["CHATHAM_HOUSE", "NAMED", "distribution", "anonymous"],
  ["CHATHAM_HOUSE", "AFFILIATION_ONLY", "distribution", "anonymous"],
  ["CHATHAM_HOUSE", "NOT_LISTED", "distribution", "omitted"],
  ["OFF_THE_RECORD", "NAMED", "distribution", "anonymous"],
  ["OFF_THE_RECORD", "AFFILIATION_ONLY", "distribution", "anonymous"],
  ["OFF_THE_RECORD", "NOT_LISTED", "distribution", "omitted"],
  ["ON_THE_RECORD", "NAMED", "distribution", "full"],
  ["ON_THE_RECORD", "AFFILIATION_ONLY", "distribution", "affiliation"],
  ["ON_THE_RECORD", "NOT_LISTED", "distribution", "omitted"],
  ["ON_THE_RECORD", "NOT_LISTED", "internal", "full"],
];

describe("the attribution filter: rule × consent × variant", () => {
  it.each(table)("%s, consent %s, %s: %s", (rule, consent, variant, expected) => {
    expect(attributionOf(rule, consent, variant)).toBe(expected);
  });
});

describe("a roster as each variant shows it", () => {
  const post = (institution: string) => ({ title: "Director", institution: { name: institution } });
  const people = [
    { side: "COUNTERPART" as const, consent: "NAMED" as const, name: "Ri Ha-neul", post: post("Eastmarch MFA") },
    {
      side: "COUNTERPART" as const,
      consent: "AFFILIATION_ONLY" as const,
      name: "Jeong Seo-jin",
      post: post("Eastmarch Academy"),
    },
    { side: "COUNTERPART" as const, consent: "NOT_LISTED" as const, name: "Kang Min", post: null },
    { side: "OURS" as const, consent: "NAMED" as const, name: "Astrid Vale", post: null },
  ];
  const sides = ["OURS", "COUNTERPART"] as const;

  it("names everyone internally", () => {
    expect(rosterLines("CHATHAM_HOUSE", people, "internal", sides)).toEqual([
      { side: "OURS", lines: ["Astrid Vale"] },
      {
        side: "COUNTERPART",
        lines: ["Ri Ha-neul, Director, Eastmarch MFA", "Jeong Seo-jin, Director, Eastmarch Academy", "Kang Min"],
      },
    ]);
  });

  it("under the Chatham House Rule only counts, leaving out who asked not to be listed", () => {
    expect(rosterLines("CHATHAM_HOUSE", people, "distribution", sides)).toEqual([
      { side: "OURS", lines: ["1 participant"] },
      { side: "COUNTERPART", lines: ["2 participants"] },
    ]);
  });

  it("on the record, names those who consented and affiliates the others", () => {
    expect(rosterLines("ON_THE_RECORD", people, "distribution", sides)).toEqual([
      { side: "OURS", lines: ["Astrid Vale"] },
      { side: "COUNTERPART", lines: ["Ri Ha-neul, Director, Eastmarch MFA", "a participant from Eastmarch Academy"] },
    ]);
  });
});
