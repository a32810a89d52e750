import { createHash, randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { listMigrations } from "../../prisma/migration-files";
import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from "../backup/tables";

/**
 * Test support: a valid backup archive (base64) of a new, empty organization, written by hand in
 * the archive's own format, so that the action inventory can restore one without a database.
 */
export function smallArchive(): string {
  const suffix = randomBytes(5).toString("hex");
  const row = {
    id: `restored${suffix}`,
    slug: `restored-${suffix}`,
    name: "Restored Institute (fictional)",
    updatedAt: new Date().toISOString(),
  };
  const line = JSON.stringify({ table: "Organization", row });
  const manifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    migration: listMigrations().at(-1)?.name ?? "",
    createdAt: new Date().toISOString(),
    organization: { id: row.id, slug: row.slug, name: row.name },
    tables: { Organization: { rows: 1, sha256: createHash("sha256").update(`${line}\n`).digest("hex") } },
  };
  return gzipSync(Buffer.from(`${JSON.stringify(manifest)}\n${line}\n`, "utf8")).toString("base64");
}
