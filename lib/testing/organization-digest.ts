import { testDb } from "./fixtures";

/**
 * Test support: every table that holds an organization's rows (each has an "organizationId"
 * column, or is "Organization" itself), read from the database's own catalogue so that a new
 * table is included without anyone listing it.
 */
export async function organizationTables(): Promise<string[]> {
  const rows = await testDb.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_name = 'organizationId'
    ORDER BY table_name`;
  return ["Organization", ...rows.map((row) => row.table_name)];
}

/** Each table's row count and a digest of every column of every row of one organization: equal digests, equal data. */
export async function digestOrganization(organizationId: string) {
  const digest: Record<string, { rows: number; md5: string }> = {};
  for (const table of await organizationTables()) {
    const column = table === "Organization" ? "id" : "organizationId";
    const [row] = await testDb.$queryRawUnsafe<{ rows: number; md5: string | null }[]>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5
       FROM "${table.replaceAll('"', '""')}" t WHERE t."${column}" = $1`,
      organizationId,
    );
    digest[table] = { rows: row?.rows ?? 0, md5: row?.md5 ?? "" };
  }
  return digest;
}
