import { createHash, randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { listMigrations } from "../../prisma/migration-files";
import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from "../backup/tables";

type Rows = Record<string, Record<string, unknown>[]>;

/**
 * Test support: a valid backup archive (base64) of a new organization, written by hand in the
 * archive's own format, so that tests can restore one without a database to back up. `extra`
 * adds rows (given the new organization's id), checksummed like any others.
 */
export function smallArchive(extra: (organizationId: string) => Rows = () => ({})): string {
  const suffix = randomBytes(5).toString("hex");
  const organization = {
    id: `restored${suffix}`,
    slug: `restored-${suffix}`,
    name: "Restored Institute (fictional)",
    updatedAt: new Date().toISOString(),
  };
  const tables: Rows = { Organization: [organization], ...extra(organization.id) };
  const lines: string[] = [];
  const manifestTables: Record<string, { rows: number; sha256: string }> = {};
  for (const [table, rows] of Object.entries(tables)) {
    const tableLines = rows.map((row) => JSON.stringify({ table, row }));
    const hash = createHash("sha256");
    for (const line of tableLines) hash.update(`${line}\n`);
    manifestTables[table] = { rows: tableLines.length, sha256: hash.digest("hex") };
    lines.push(...tableLines);
  }
  const manifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    migration: listMigrations().at(-1)?.name ?? "",
    createdAt: new Date().toISOString(),
    organization: { id: organization.id, slug: organization.slug, name: organization.name },
    tables: manifestTables,
  };
  return gzipSync(Buffer.from(`${JSON.stringify(manifest)}\n${lines.join("\n")}\n`, "utf8")).toString("base64");
}
