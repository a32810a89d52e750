import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrate } from "./migrate";
import { checksumOf, listMigrations, migrationsDir } from "./migration-files";
import { freshDatabase, type TestDatabase } from "./test-database";

let database: TestDatabase;
let client: pg.Client;

beforeEach(async () => {
  database = await freshDatabase();
  client = new pg.Client(database.url);
  await client.connect();
});

afterEach(async () => {
  await client.end();
  await database.drop();
});

function scratchMigrations(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "parley-migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function tableExists(name: string): Promise<boolean> {
  const { rows } = await client.query("SELECT to_regclass($1) IS NOT NULL AS present", [`public."${name}"`]);
  return rows[0].present;
}

async function recorded() {
  const { rows } = await client.query(
    `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
  );
  return rows;
}

describe("migrate", () => {
  it("leaves no GIN index with a pending list, which only a vacuum would merge and the embedded database never runs", async () => {
    await migrate(database.url);
    const { rows } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_am a ON a.oid = c.relam
       WHERE a.amname = 'gin' AND c.relkind = 'i' AND NOT ('fastupdate=off' = ANY (coalesce(c.reloptions, '{}')))
       ORDER BY 1`,
    );
    expect(rows.map((row) => row.name)).toEqual([]);
  });

  it("applies the project's migrations in order and records each as Prisma does", async () => {
    const files = listMigrations(migrationsDir);
    expect(files.length).toBeGreaterThan(0);

    const applied = await migrate(database.url);

    expect(applied).toEqual(files.map((file) => file.name));
    const rows = await recorded();
    expect(rows.map((row) => [row.migration_name, row.checksum, row.applied_steps_count])).toEqual(
      files.map((file) => [file.name, checksumOf(file.sql), 1]),
    );
    expect(rows.every((row) => row.finished_at instanceof Date)).toBe(true);
    expect(await tableExists("Organization")).toBe(true);
    expect(await migrate(database.url)).toEqual([]);
  });

  it("records Prisma's checksum: the sha256 of the file's bytes", () => {
    expect(checksumOf("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(checksumOf("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("refuses an applied migration that was edited, and applies nothing else", async () => {
    const dir = scratchMigrations({ "20260101000000_first": 'CREATE TABLE "First" (id int);\n' });
    await migrate(database.url, dir);
    writeFileSync(path.join(dir, "20260101000000_first", "migration.sql"), 'CREATE TABLE "First" (id bigint);\n');
    mkdirSync(path.join(dir, "20260102000000_second"));
    writeFileSync(path.join(dir, "20260102000000_second", "migration.sql"), 'CREATE TABLE "Second" (id int);\n');

    await expect(migrate(database.url, dir)).rejects.toThrow(
      /^Migration 20260101000000_first was edited after it was applied: restore .* new migration/,
    );
    expect(await tableExists("Second")).toBe(false);
    expect((await recorded()).map((row) => row.migration_name)).toEqual(["20260101000000_first"]);
  });

  it("rolls back a failing migration whole and records nothing for it", async () => {
    const dir = scratchMigrations({
      "20260101000000_good": 'CREATE TABLE "Good" (id int);\n',
      "20260102000000_bad": 'CREATE TABLE "Half" (id int);\nSELECT * FROM "Missing";\n',
    });

    await expect(migrate(database.url, dir)).rejects.toThrow(
      /^Migration 20260102000000_bad failed and was rolled back/,
    );
    expect(await tableExists("Good")).toBe(true);
    expect(await tableExists("Half")).toBe(false);
    expect((await recorded()).map((row) => row.migration_name)).toEqual(["20260101000000_good"]);
  });

  it("lets concurrent runners apply each migration exactly once", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "parley-migrations-"));
    cpSync(migrationsDir, dir, { recursive: true });

    const results = await Promise.all([
      migrate(database.url, dir),
      migrate(database.url, dir),
      migrate(database.url, dir),
    ]);

    expect(results.flat().sort()).toEqual(listMigrations(dir).map((file) => file.name));
    expect((await recorded()).length).toBe(listMigrations(dir).length);
  });
});
