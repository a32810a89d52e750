import { randomBytes } from "node:crypto";
import { connect } from "./connection";
import { startEmbeddedDatabase } from "./embedded";

export type TestDatabase = { url: string; drop: () => Promise<void> };

/** The same server as `url`, another database. */
export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** Drops and creates the database `url` names, through the server's maintenance database. */
export async function recreateDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Refusing to recreate a database named ${JSON.stringify(name)}.`);
  const admin = await connect(withDatabaseName(url, "postgres"));
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

/**
 * An empty database for one test: a new database on the server DATABASE_URL names (real
 * PostgreSQL, as in CI), or else a private in-memory embedded server.
 */
export async function freshDatabase(): Promise<TestDatabase> {
  const base = process.env.PARLEY_TEST_SERVER_URL;
  if (!base) {
    const embedded = await startEmbeddedDatabase("memory://");
    return { url: embedded.url, drop: embedded.stop };
  }
  const url = withDatabaseName(base, `parley_scratch_${randomBytes(6).toString("hex")}`);
  await recreateDatabase(url);
  return {
    url,
    drop: async () => {
      const admin = await connect(withDatabaseName(url, "postgres"));
      try {
        // An autovacuum worker (the superuser's) on the new database cannot be ended by its
        // owner, and fails the drop; it finishes within moments, so try again a few times.
        for (let attempt = 1; ; attempt++) {
          try {
            await admin.query(`DROP DATABASE IF EXISTS "${databaseName(url)}" WITH (FORCE)`);
            break;
          } catch (error) {
            if ((error as { code?: string }).code !== "42501" || attempt === 10) throw error;
            await new Promise((resolve) => setTimeout(resolve, 300));
          }
        }
      } finally {
        await admin.end();
      }
    },
  };
}
