import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launch } from "../prisma/start";
import { databaseName, recreateDatabase, withDatabaseName } from "../prisma/test-database";

/**
 * The server the end-to-end tests drive: a fresh production build on a fresh database of its own,
 * `<name>_e2e` on the DATABASE_URL server (CI's real PostgreSQL), or else a new embedded one.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
process.env.NEXTAUTH_SECRET ??= "e2e-secret-that-is-at-least-32-characters-long";
process.env.NEXTAUTH_URL = `http://localhost:${port}`;
const serverUrl = process.env.DATABASE_URL;
if (serverUrl) {
  process.env.DATABASE_URL = withDatabaseName(serverUrl, `${databaseName(serverUrl)}_e2e`);
  await recreateDatabase(process.env.DATABASE_URL);
}
const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "parley-e2e-")), "db");
process.exit(await launch({ mode: "start", port, host: "127.0.0.1", dataDir, build: "always" }));
