import { describe, expect, it } from "vitest";
import { type Attribution, attributionOf, type Variant } from "./attribution";

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
