import type { TestProject } from "vitest/node";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "./embedded";
import { migrate } from "./migrate";
import { databaseName, recreateDatabase, withDatabaseName } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string | null;
  }
}

/**
 * Vitest global setup: a separate, freshly migrated test database. With DATABASE_URL (CI's real
 * PostgreSQL) it is `<name>_test` on that server; without it, an in-memory embedded server.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  let url: string;
  if (serverUrl) {
    url = withDatabaseName(serverUrl, `${databaseName(serverUrl)}_test`);
    await recreateDatabase(url);
  } else {
    embedded = await startEmbeddedDatabase("memory://");
    url = embedded.url;
  }
  await migrate(url);
  project.provide("databaseUrl", url);
  project.provide("serverUrl", serverUrl ?? null);
  return async () => {
    await embedded?.stop();
  };
}
