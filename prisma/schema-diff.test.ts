import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema, isEmptyDiff, schemaPath } from "./schema-diff";

describe("migrations and schema.prisma", () => {
  it("agree: replaying the migrations yields exactly the schema", async () => {
    const sql = await diffMigrationsToSchema();
    expect(sql, `schema.prisma has changes no migration holds; run npm run db:migration -- <name>:\n${sql}`).toSatisfy(
      isEmptyDiff,
    );
  });

  it("disagree when the schema gains a model that no migration creates", async () => {
    const edited = `${readFileSync(schemaPath, "utf8")}\nmodel DriftProbe {\n  id String @id\n}\n`;
    const sql = await diffMigrationsToSchema(edited);
    expect(isEmptyDiff(sql)).toBe(false);
    expect(sql).toContain('CREATE TABLE "DriftProbe"');
  });
});
