import { rmSync } from "node:fs";
import path from "node:path";
import { launch } from "../prisma/start";
import { recreateDatabase } from "../prisma/test-database";
import { appPort, e2eDatabaseUrl, embeddedDatabaseDir } from "./database";

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
rmSync(embeddedDatabaseDir, { recursive: true, force: true });
const dataDir = path.join(embeddedDatabaseDir, "db");
process.exit(
  await launch({
    mode: "start",
    port: appPort,
    host: "127.0.0.1",
    dataDir,
    build: "always",
  }),
);
