import { randomUUID } from "node:crypto";
import type pg from "pg";
import { connect, SetupError } from "./connection";
import { listMigrations, type MigrationFile, migrationsDir } from "./migration-files";

/** The same key Prisma Migrate locks with, so this runner and `prisma migrate deploy` exclude each other. */
const ADVISORY_LOCK_KEY = 72707369;

/** Prisma's own bookkeeping table, byte for byte, so that `prisma migrate status` agrees with us. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/** Refuses, before anything runs, a history that no longer matches the files on disk. */
function checkHistory(files: MigrationFile[], rows: AppliedRow[]): void {
  const byName = new Map(files.map((file) => [file.name, file]));
  for (const row of rows) {
    if (row.rolled_back_at) continue;
    if (!row.finished_at) {
      throw new SetupError(
        `Migration ${row.migration_name} failed part-way on an earlier run: repair the database by hand, then mark it rolled back (prisma migrate resolve --rolled-back ${row.migration_name}).`,
      );
    }
    const file = byName.get(row.migration_name);
    if (!file) {
      throw new SetupError(
        `Migration ${row.migration_name} is applied to this database but missing from prisma/migrations: restore the folder from version control.`,
      );
    }
    if (file.checksum !== row.checksum) {
      throw new SetupError(
        `Migration ${row.migration_name} was edited after it was applied: restore its migration.sql from version control and put the change in a new migration (npm run db:migration -- <name>).`,
      );
    }
  }
}

/** Applies one migration in its own transaction; false when another runner got there first. */
async function applyOne(client: pg.Client, file: MigrationFile): Promise<boolean> {
  await client.query("BEGIN");
  try {
    // The embedded server shares one backend session between connections, so the advisory lock
    // cannot exclude there; its transactions are exclusive instead, so this re-check is.
    const { rowCount } = await client.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [file.name],
    );
    if (rowCount) {
      await client.query("COMMIT");
      return false;
    }
    await client.query(file.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count, started_at)
       VALUES ($1, $2, now(), $3, 1, now())`,
      [randomUUID(), file.checksum, file.name],
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new SetupError(
      `Migration ${file.name} failed and was rolled back, nothing of it applied (${reason}): fix its SQL, then run npm run db:migrate again.`,
    );
  }
}

/**
 * Applies the pending migrations in order, each in its own transaction, under Prisma's advisory
 * lock, and records them in `_prisma_migrations` as Prisma would. Returns the names applied.
 */
export async function migrate(url: string, dir = migrationsDir): Promise<string[]> {
  const files = listMigrations(dir);
  const client = await connect(url);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    await client.query(CREATE_MIGRATIONS_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
    );
    checkHistory(files, rows);
    const done = new Set(rows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => row.migration_name));
    const pending = files.filter((file) => !done.has(file.name));
    const applied: string[] = [];
    for (const file of pending) if (await applyOne(client, file)) applied.push(file.name);
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}

if (import.meta.filename === process.argv[1]) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL is not set: point it at your PostgreSQL database (npm start sets it for the embedded one).",
    );
    process.exit(1);
  }
  try {
    const applied = await migrate(url);
    console.log(
      applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "The database is up to date.",
    );
  } catch (error) {
    console.error(error instanceof SetupError ? error.message : error);
    process.exit(1);
  }
}
