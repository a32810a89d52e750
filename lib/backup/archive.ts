import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import type { PrismaClient } from "../generated/prisma/client";
import { checkContained } from "./contained";
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  accountSecrets,
  accountTables,
  excludedTables,
  organizationTables,
} from "./tables";

/**
 * An organization's backup: one gzipped file of JSON lines. The first line is the manifest (format,
 * version, the schema's newest migration, the organization, and each table's row count and
 * SHA-256); every other line is one row, {"table": …, "row": …}, exactly as PostgreSQL holds it.
 * A restore checks all of it before writing anything, then writes it in one transaction.
 */
type Client = Pick<PrismaClient, "$queryRawUnsafe" | "$executeRawUnsafe" | "$transaction">;

export type Manifest = {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  migration: string;
  createdAt: string;
  organization: { id: string; slug: string; name: string };
  tables: Record<string, { rows: number; sha256: string }>;
};

export class ArchiveRefusal extends Error {}

/** The most an archive may unpack to (1 GiB): a file that claims more is refused, not unpacked. */
const MAX_UNPACKED_BYTES = 1024 ** 3;

const quote = (table: string) => `"${table.replaceAll('"', '""')}"`;
const sha256 = (lines: string[]) => {
  const hash = createHash("sha256");
  for (const line of lines) hash.update(line).update("\n");
  return hash.digest("hex");
};

async function newestMigration(client: Client): Promise<string> {
  const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name DESC LIMIT 1`,
  );
  return rows[0]?.migration_name ?? "";
}

/** Every table of the database, from its own catalogue. */
export async function databaseTables(client: Client): Promise<string[]> {
  const rows = await client.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  return rows.map((row) => row.table_name);
}

/** The order to write tables in: each after every table it references. */
async function writeOrder(client: Client, tables: string[]): Promise<string[]> {
  const edges = await client.$queryRawUnsafe<{ child: string; parent: string }[]>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
     FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid <> c.confrelid`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, "");
  const parents = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const edge of edges) parents.get(unquote(edge.child))?.add(unquote(edge.parent));
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || !parents.has(table)) return;
    if (path.has(table)) throw new Error(`Tables reference each other in a cycle through ${table}.`);
    path.add(table);
    for (const parent of parents.get(table) ?? []) visit(parent, path);
    path.delete(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

/** Refuses to go on if the database has a table that no one has said whether a backup holds. */
async function checkTablesKnown(client: Client) {
  const known = new Set([
    ...Object.keys(organizationTables),
    ...Object.keys(accountTables),
    ...Object.keys(excludedTables),
  ]);
  const unknown = (await databaseTables(client)).filter((table) => !known.has(table));
  if (unknown.length) throw new Error(`lib/backup/tables.ts does not say what to do with: ${unknown.join(", ")}.`);
}

/** Reads one organization into an archive (gzipped JSON lines). */
export async function createArchive(
  client: Client,
  organizationId: string,
): Promise<{ archive: Buffer; manifest: Manifest }> {
  await checkTablesKnown(client);
  return client.$transaction(
    async (tx) => {
      const [organization] = await tx.$queryRawUnsafe<{ id: string; slug: string; name: string }[]>(
        `SELECT id, slug, name FROM "Organization" WHERE id = $1`,
        organizationId,
      );
      if (!organization) throw new ArchiveRefusal("No such organization.");
      const lines: string[] = [];
      const tables: Manifest["tables"] = {};
      const read = async (table: string, where: string, parameter: unknown) => {
        const secrets = table === "User" ? accountSecrets.map((column) => ` - '${column}'`).join("") : "";
        const rows = await tx.$queryRawUnsafe<{ row: string }[]>(
          `SELECT (to_jsonb(t)${secrets})::text AS row FROM ${quote(table)} t WHERE ${where} ORDER BY t::text`,
          parameter,
        );
        const tableLines = rows.map((row) => `{"table":${JSON.stringify(table)},"row":${row.row}}`);
        tables[table] = { rows: tableLines.length, sha256: sha256(tableLines) };
        lines.push(...tableLines);
      };
      for (const [table, where] of Object.entries(organizationTables)) await read(table, where, organizationId);
      // Accounts: every user a row of the organization names, through any reference to "User".
      const references = await tx.$queryRawUnsafe<{ table: string; column: string }[]>(
        `SELECT c.conrelid::regclass::text AS table, a.attname AS column
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
         WHERE c.contype = 'f' AND c.confrelid = '"User"'::regclass`,
      );
      const userIds = new Set<string>();
      for (const reference of references) {
        const table = reference.table.replace(/^"|"$/g, "");
        const where = organizationTables[table];
        if (!where) continue;
        const rows = await tx.$queryRawUnsafe<{ id: string | null }[]>(
          `SELECT DISTINCT ${quote(reference.column)} AS id FROM ${quote(table)} WHERE ${where}`,
          organizationId,
        );
        for (const row of rows) if (row.id) userIds.add(row.id);
      }
      for (const [table, where] of Object.entries(accountTables)) await read(table, where, [...userIds]);
      const manifest: Manifest = {
        format: ARCHIVE_FORMAT,
        version: ARCHIVE_VERSION,
        migration: await newestMigration(tx as unknown as Client),
        createdAt: new Date().toISOString(),
        organization,
        tables,
      };
      const text = `${JSON.stringify(manifest)}\n${lines.join("\n")}\n`;
      return { archive: gzipSync(Buffer.from(text, "utf8")), manifest };
    },
    // One snapshot for every table, so the archive is consistent even while others write.
    { timeout: 300_000, maxWait: 10_000, isolationLevel: "RepeatableRead" },
  );
}

/** Opens and checks an archive completely: anything damaged, unknown or newer is refused here, before any write. */
export function readArchive(archive: Buffer): { manifest: Manifest; rows: Map<string, unknown[]> } {
  let text: string;
  try {
    text = gunzipSync(archive, { maxOutputLength: MAX_UNPACKED_BYTES }).toString("utf8");
  } catch {
    throw new ArchiveRefusal("This file is not a Parley backup, or it is damaged: it does not unpack.");
  }
  const lines = text.split("\n").filter(Boolean);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(lines[0] ?? "");
  } catch {
    throw new ArchiveRefusal("This file is damaged: its manifest cannot be read.");
  }
  if (manifest?.format !== ARCHIVE_FORMAT) throw new ArchiveRefusal("This file is not a Parley organization backup.");
  if (typeof manifest.version !== "number" || manifest.version > ARCHIVE_VERSION)
    throw new ArchiveRefusal(
      `This backup was made by a newer Parley (archive version ${manifest.version}; this one reads up to ${ARCHIVE_VERSION}). Upgrade Parley first.`,
    );
  const byTable = new Map<string, string[]>();
  for (const line of lines.slice(1)) {
    const match = /^\{"table":("(?:[^"\\]|\\.)*"),"row":/.exec(line);
    if (!match?.[1]) throw new ArchiveRefusal("This file is damaged: a row cannot be read.");
    const table = JSON.parse(match[1]) as string;
    const tableLines = byTable.get(table);
    if (tableLines) tableLines.push(line);
    else byTable.set(table, [line]);
  }
  const rows = new Map<string, unknown[]>();
  for (const [table, expected] of Object.entries(manifest.tables ?? {})) {
    const tableLines = byTable.get(table) ?? [];
    if (tableLines.length !== expected.rows || sha256(tableLines) !== expected.sha256)
      throw new ArchiveRefusal(
        `This file is damaged: the table ${table} should hold ${expected.rows} rows with checksum ${expected.sha256.slice(0, 12)}…, and does not.`,
      );
    try {
      rows.set(
        table,
        tableLines.map((line) => (JSON.parse(line) as { row: unknown }).row),
      );
    } catch {
      throw new ArchiveRefusal(`This file is damaged: a row of ${table} cannot be read.`);
    }
  }
  const foreign = Object.keys(manifest.tables ?? {}).filter(
    (table) => !(table in organizationTables) && !(table in accountTables),
  );
  if (foreign.length)
    throw new ArchiveRefusal(
      `This file holds tables a backup never holds (${foreign.join(", ")}): nothing was restored.`,
    );
  const extra = [...byTable.keys()].filter((table) => !(table in (manifest.tables ?? {})));
  if (extra.length)
    throw new ArchiveRefusal(
      `This file is damaged: it holds rows of ${extra.join(", ")} that its manifest does not list.`,
    );
  return { manifest, rows };
}

/**
 * Restores an archive into this installation, in one transaction: refused if the archive is
 * damaged or newer, if the organization (its id or address) is already here, or if one of its
 * accounts' emails belongs to another account here. Accounts already here with the same id are
 * the same people, and are kept as they are.
 */
export async function restoreArchive(client: Client, archive: Buffer): Promise<Manifest> {
  const parsed = readArchive(archive);
  await client.$transaction((tx) => restoreInto(tx as unknown as Client, parsed), {
    timeout: 600_000,
    maxWait: 10_000,
  });
  return parsed.manifest;
}

/** The writing half of a restore, in the caller's transaction: every check that needs the database, then the rows. */
async function restoreInto(tx: Client, { manifest, rows }: ReturnType<typeof readArchive>): Promise<void> {
  await checkTablesKnown(tx);
  const applied = await tx.$queryRawUnsafe<{ migration_name: string }[]>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
  );
  if (!applied.some((row) => row.migration_name === manifest.migration))
    throw new ArchiveRefusal(
      `This backup was made by a newer Parley (its database is at ${manifest.migration}, which this installation does not have). Upgrade Parley first.`,
    );
  const known = await databaseTables(tx);
  const missing = [...rows.keys()].filter((table) => !known.includes(table));
  if (missing.length)
    throw new ArchiveRefusal(`This installation has no table ${missing.join(", ")}: upgrade Parley first.`);
  const taken = await tx.$queryRawUnsafe<{ id: string }[]>(
    `SELECT id FROM "Organization" WHERE id = $1 OR slug = $2`,
    manifest.organization.id,
    manifest.organization.slug,
  );
  if (taken.length)
    throw new ArchiveRefusal(
      `An organization with this id or address (${manifest.organization.slug}) is already here: restore into an installation that does not have it.`,
    );
  const users = (rows.get("User") ?? []) as { id: string; email: string }[];
  const clashes = await tx.$queryRawUnsafe<{ email: string }[]>(
    `SELECT email FROM "User" WHERE email = ANY($1::text[]) AND NOT (id = ANY($2::text[]))`,
    users.map((user) => user.email),
    users.map((user) => user.id),
  );
  if (clashes.length)
    throw new ArchiveRefusal(
      `Another account here already uses ${clashes.map((row) => row.email).join(", ")}: nothing was restored.`,
    );
  await checkContained(tx, manifest, rows);
  for (const table of await writeOrder(tx, [...rows.keys()])) {
    const tableRows = rows.get(table) ?? [];
    if (tableRows.length === 0) continue;
    const columns = Object.keys(tableRows[0] as object)
      .map(quote)
      .join(", ");
    const skipExisting = table in accountTables ? " ON CONFLICT DO NOTHING" : "";
    for (let start = 0; start < tableRows.length; start += 1000) {
      await tx.$executeRawUnsafe(
        `INSERT INTO ${quote(table)} (${columns}) SELECT ${columns} FROM jsonb_populate_recordset(NULL::${quote(table)}, $1::jsonb)${skipExisting}`,
        JSON.stringify(tableRows.slice(start, start + 1000)),
      );
    }
  }
}
