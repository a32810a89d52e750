import { writeFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { createArchive } from "../lib/backup/archive";
import { PrismaClient } from "../lib/generated/prisma/client";

/**
 * npm run org:backup -- <organization address> [file]
 * Writes one organization as a backup archive (the same file owners download from Settings).
 */
const [slug, file] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!url || !slug) {
  console.error("Usage: DATABASE_URL=… npm run org:backup -- <organization address> [file]");
  process.exit(1);
}
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
try {
  const organization = await db.organization.findUnique({ where: { slug }, select: { id: true } });
  if (!organization) throw new Error(`No organization has the address ${slug}.`);
  const { archive, manifest } = await createArchive(db, organization.id);
  const path = file ?? `parley-${slug}-${new Date().toISOString().slice(0, 10)}.jsonl.gz`;
  writeFileSync(path, archive);
  const rows = Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0);
  console.log(`Wrote ${path}: ${rows} rows in ${Object.keys(manifest.tables).length} tables, ${archive.length} bytes.`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
