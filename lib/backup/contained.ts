import type { PrismaClient } from "../generated/prisma/client";
import { ArchiveRefusal, type Manifest } from "./archive";
import { organizationTables } from "./tables";

type Client = Pick<PrismaClient, "$queryRawUnsafe">;

/** Each foreign key of the database, column by column, from its own catalogue. */
async function foreignKeys(client: Client) {
  const rows = await client.$queryRawUnsafe<{ child: string; parent: string; columns: string[]; parents: string[] }[]>(
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent,
       ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
       ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS parents
     FROM pg_constraint c WHERE c.contype = 'f'`,
  );
  const unquote = (name: string) => name.replace(/^"|"$/g, "");
  return rows.map((row) => ({ ...row, child: unquote(row.child), parent: unquote(row.parent) }));
}

/**
 * An archive may only describe its own organization: every row of an organization table belongs
 * to the organization its manifest names, and every reference (to a dialogue, a person, a member,
 * an account) points at a row inside the archive. So a restore can never write into, link to, or
 * read from another organization already here, whatever the file says.
 */
export async function checkContained(client: Client, manifest: Manifest, rows: Map<string, unknown[]>) {
  const organizationId = manifest.organization.id;
  const organizations = (rows.get("Organization") ?? []) as { id?: unknown; slug?: unknown }[];
  if (
    organizations.length !== 1 ||
    organizations[0]?.id !== organizationId ||
    organizations[0]?.slug !== manifest.organization.slug
  )
    throw new ArchiveRefusal("This file is damaged: its organization does not match its manifest.");
  for (const [table, tableRows] of rows) {
    if (!(table in organizationTables) || table === "Organization") continue;
    const own = tableRows as { organizationId?: unknown }[];
    if (own.some((row) => "organizationId" in row && row.organizationId !== organizationId))
      throw new ArchiveRefusal(
        `This file holds rows of ${table} that belong to another organization: nothing was restored.`,
      );
  }
  const values = new Map<string, Set<unknown>>();
  const valuesOf = (table: string, column: string) => {
    const key = `${table}.${column}`;
    if (!values.has(key))
      values.set(key, new Set(((rows.get(table) ?? []) as Record<string, unknown>[]).map((row) => row[column])));
    return values.get(key) as Set<unknown>;
  };
  for (const key of await foreignKeys(client)) {
    const tableRows = (rows.get(key.child) ?? []) as Record<string, unknown>[];
    if (tableRows.length === 0) continue;
    key.columns.forEach((column, index) => {
      const parentColumn = key.parents[index] as string;
      if (column === "organizationId") return;
      const allowed = valuesOf(key.parent, parentColumn);
      const stray = tableRows.find(
        (row) => row[column] !== null && row[column] !== undefined && !allowed.has(row[column]),
      );
      if (stray)
        throw new ArchiveRefusal(
          `This file is damaged: a row of ${key.child} refers to a ${key.parent} that is not in it. Nothing was restored.`,
        );
    });
  }
}
