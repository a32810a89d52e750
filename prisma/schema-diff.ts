import { readFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { listMigrations, migrationsDir } from "./migration-files";

export const schemaPath = path.resolve(import.meta.dirname, "schema.prisma");

/**
 * The SQL that takes a database built from the migrations folder to the state schema.prisma
 * describes. Prisma's own schema engine runs in WebAssembly; the migrations are replayed into an
 * in-memory PGlite shadow database, so this needs neither a server nor a download.
 * Must run under `node --experimental-wasm-modules` on Node 20.
 */
/** The adapter's shadow database is a bare PGlite; the migrations need pg_trgm there too. */
class PGliteWithExtensions extends PrismaPGlite {
  override connectToShadowDb() {
    return new PrismaPGlite(new PGlite({ dataDir: "memory://shadow", extensions: { pg_trgm } })).connect();
  }
}

export async function diffMigrationsToSchema(
  schema = readFileSync(schemaPath, "utf8"),
  dir = migrationsDir,
): Promise<string> {
  const pglite = new PGlite({ dataDir: "memory://parley-diff", extensions: { pg_trgm } });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PGliteWithExtensions(pglite));
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  try {
    const migrations = listMigrations(dir);
    const result = await engine.diff({
      from: {
        tag: "migrations",
        baseDir: dir,
        lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
        shadowDbInitScript: "",
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
        })),
      },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return (result.stdout ?? "").trim();
  } finally {
    engine.free();
    await pglite.close();
  }
}

/** The engine prints this comment, alone, when there is nothing to migrate. */
export function isEmptyDiff(sql: string): boolean {
  return sql.replace(/^--.*$/gm, "").trim() === "";
}
