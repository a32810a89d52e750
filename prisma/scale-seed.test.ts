import { describe, expect, it } from "vitest";
import { organizationTables } from "../lib/backup/tables";
import { connect } from "./connection";
import { migrate } from "./migrate";
import { seedScale } from "./scale-seed";
import { freshDatabase } from "./test-database";

/** The benchmark's generated data: every kind of record, in every organization, the same rows each run. */
describe("the scale generator", () => {
  it("fills every table an organization has, for the large one and a small one, writes the same rows every run, and refuses a second run", async () => {
    const database = await freshDatabase();
    const client = await connect(database.url);
    try {
      await migrate(database.url);
      await seedScale(client, "small", "not-a-real-hash", () => {});
      for (const organizationId of ["o0", "o1"]) {
        const empty: string[] = [];
        for (const [table, where] of Object.entries(organizationTables)) {
          const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}" WHERE ${where}`, [
            organizationId,
          ]);
          if (Number(rows[0]?.n) === 0) empty.push(table);
        }
        expect(empty, organizationId).toEqual([]);
      }
      const { rows } = await client.query<{ dialogues: string; digest: string }>(
        `SELECT count(*) FILTER (WHERE "organizationId" = 'o0') AS dialogues,
           md5(string_agg(id || title || status || extract(epoch from "updatedAt")::text, ',' ORDER BY id)) AS digest FROM "Dialogue"`,
      );
      // Measured on two separate runs on 2026-11-30; it changes only when the generator is changed on purpose.
      expect(rows[0]).toEqual({ dialogues: "500", digest: DIGEST });
      await expect(seedScale(client, "small", "not-a-real-hash", () => {})).rejects.toThrow(/already holds/);
    } finally {
      await client.end();
      await database.drop();
    }
  }, 180_000);
});

const DIGEST = "fb9f2d88e5d735a1c78b900a83f0bf1a";
