import { describe, expect, it } from "vitest";
import { dialogueListSchema, updateDialogueSchema } from "./dialogues/schema";
import { CONTROL_CHARACTERS_MESSAGE, id, requiredText, text } from "./form-values";

describe("the shared text schema", () => {
  it.each(["\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009b"])(
    "refuses %j with a clear message",
    (control) => {
      for (const schema of [text(100), requiredText(1, 100, "Enter it.")]) {
        expect(schema.safeParse(`Round ${control}4`).error?.issues[0]?.message).toBe(CONTROL_CHARACTERS_MESSAGE);
      }
    },
  );

  it("keeps tabs and line breaks, which multi-line text holds", () => {
    expect(text(100).parse("Line one\r\nLine two\tand a tab")).toBe("Line one\r\nLine two\tand a tab");
  });

  it("reaches every form: a NUL in a dialogue title comes back beside the field", () => {
    const result = updateDialogueSchema.safeParse({
      dialogueId: "c1",
      version: 0,
      title: "North\u0000ern",
      counterpart: "Eastmarch",
      track: "TRACK_1_5",
      status: "EXPLORING",
      attributionRule: "CHATHAM_HOUSE",
    });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["title", CONTROL_CHARACTERS_MESSAGE],
    ]);
  });

  it("drops a search with a NUL rather than send it to the database", () => {
    expect(dialogueListSchema.parse({ q: "\u0000" }).q).toBeUndefined();
    expect(dialogueListSchema.parse({ q: " north " }).q).toBe("north");
  });

  it("accepts ids of Prisma's alphabet only", () => {
    expect(id.safeParse("cmhx7abc0000qwerty").success).toBe(true);
    for (const bad of ["", "a\u0000b", "a b", "x".repeat(41), "../etc"]) expect(id.safeParse(bad).success).toBe(false);
  });
});

describe("every page's search schema", () => {
  it("accepts no parameters at all, and drops malformed ones instead of failing", async () => {
    const { accountSearchSchema } = await import("./accounts/schema");
    const { dashboardSearchSchema } = await import("./dialogues/schema");
    const { readinessSearchSchema } = await import("./readiness/schema");
    expect(dashboardSearchSchema.parse({})).toEqual({ page: 1 });
    expect(dashboardSearchSchema.parse({ page: "\u0000" })).toEqual({ page: 1 });
    const { themesSearchSchema } = await import("./themes/schema");
    const { interlocutorSearchSchema } = await import("./interlocutors/schema");
    expect(interlocutorSearchSchema.parse({})).toEqual({ page: 1 });
    expect(interlocutorSearchSchema.parse({ q: "Ri\u0000", institution: ["x", "y"], page: "-3" })).toEqual({ page: 1 });
    expect(readinessSearchSchema.parse({})).toEqual({ tab: "checklist" });
    expect(readinessSearchSchema.parse({ tab: "secrets", item: "\u0000", a: "\u0000", b: ["x", "y"] })).toEqual({
      tab: "checklist",
    });
    expect(readinessSearchSchema.parse({ tab: "reviews" })).toEqual({ tab: "reviews" });
    expect(themesSearchSchema.parse({})).toEqual({});
    expect(themesSearchSchema.parse({ theme: ["x", "y"] })).toEqual({});
    expect(accountSearchSchema.parse({})).toEqual({});
    expect(accountSearchSchema.parse({ twoFactorRequiredBy: "Tarn\u0000" })).toEqual({});
    expect(dialogueListSchema.parse({})).toEqual({ sort: "updated", page: 1 });
  });
});
