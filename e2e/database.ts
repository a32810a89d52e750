import { tmpdir } from "node:os";
import path from "node:path";
import { databaseName, withDatabaseName } from "../prisma/test-database";

export const appPort = Number(process.env.E2E_PORT ?? 3100);
/** The embedded database of an end-to-end run keeps its data and its socket here, so fixtures can reach it too. */
export const embeddedDatabaseDir = path.join(tmpdir(), `parley-e2e-${appPort}`);

/** The end-to-end database: `<name>_e2e` beside DATABASE_URL's, or the run's embedded server. */
export function e2eDatabaseUrl(): string | undefined {
  const serverUrl = process.env.DATABASE_URL;
  return serverUrl ? withDatabaseName(serverUrl, `${databaseName(serverUrl)}_e2e`) : undefined;
}

export function fixtureDatabaseUrl(): string {
  return (
    e2eDatabaseUrl() ??
    `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(embeddedDatabaseDir)}&sslmode=disable`
  );
}
