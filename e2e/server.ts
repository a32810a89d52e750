import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launch } from "../prisma/start";
import { recreateDatabase } from "../prisma/test-database";
import { appPort, e2eDatabaseUrl, embeddedDatabasePort } from "./database";

/**
 * The server the end-to-end tests drive: a fresh production build on a fresh database of its own,
 * `<name>_e2e` on the DATABASE_URL server (CI's real PostgreSQL), or else a new embedded one.
 */
process.env.NEXTAUTH_SECRET ??= "e2e-secret-that-is-at-least-32-characters-long";
process.env.NEXTAUTH_URL = `http://localhost:${appPort}`;
const url = e2eDatabaseUrl();
if (url) {
  process.env.DATABASE_URL = url;
  await recreateDatabase(url);
}
const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "parley-e2e-")), "db");
process.exit(
  await launch({
    mode: "start",
    port: appPort,
    host: "127.0.0.1",
    dataDir,
    dbPort: embeddedDatabasePort,
    build: "always",
  }),
);
