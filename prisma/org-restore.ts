import { readFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { ArchiveRefusal, restoreArchive } from "../lib/backup/archive";
import { PrismaClient } from "../lib/generated/prisma/client";

/**
 * npm run org:restore -- <file>
 * Restores an organization's backup archive into this installation (migrated to the same or a
 * newer version), all of it or nothing. A damaged or newer archive is refused with the reason.
 */
const [file] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!url || !file) {
  console.error("Usage: DATABASE_URL=… npm run org:restore -- <file>");
  process.exit(1);
}
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
try {
  const manifest = await restoreArchive(db, readFileSync(file));
  const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `Restored ${manifest.organization.name} (${manifest.organization.slug}): ${rows} rows in ${Object.keys(manifest.tables).length} tables, backed up ${manifest.createdAt}.`,
  );
} catch (error) {
  console.error(error instanceof ArchiveRefusal ? `Nothing was restored. ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
