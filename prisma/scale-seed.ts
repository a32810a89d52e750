import { performance } from "node:perf_hooks";
import type pg from "pg";
import { endings, pick, type Size, statements, syllables, template } from "./scale-tables";

/**
 * Data at scale for the page benchmark (issue #13): one large organization and some small ones,
 * every kind of record the app keeps, written by PostgreSQL itself (INSERT … SELECT over
 * generate_series), so a million rows take seconds and not a million round trips. Every value is
 * a function of its row number: two runs write the same rows. Every name is invented from
 * syllables no language uses as a name; nobody real is in it.
 */
export const scales = {
  small: { dialogues: 500, people: 5_000, audit: 50_000, smallOrganizations: 4 },
  medium: { dialogues: 2_500, people: 25_000, audit: 250_000, smallOrganizations: 9 },
  large: { dialogues: 10_000, people: 100_000, audit: 1_000_000, smallOrganizations: 19 },
} as const;
export type Scale = keyof typeof scales;

const SMALL_ORGANIZATION: Size = { dialogues: 20, people: 200, audit: 2_000 };

/** The large organization and the accounts the benchmark signs in with. */
export const scaleOrganization = { slug: "meridian", name: "Meridian Centre for Dialogue (fictional)" };
export const scaleAccounts = {
  owner: "owner@meridian.example",
  convener: "convener@meridian.example",
} as const;

async function timed(log: (line: string) => void, label: string, run: () => Promise<number>) {
  const start = performance.now();
  const rows = await run();
  log(
    `  ${label.padEnd(22)} ${rows.toLocaleString("en").padStart(10)} rows  ${Math.round(performance.now() - start)} ms`,
  );
}

/**
 * Writes the organizations of a scale into an empty, migrated database. The password is every
 * account's (hashed once by the caller).
 */
export async function seedScale(client: pg.Client, scale: Scale, passwordHash: string, log = console.log) {
  const settings = scales[scale];
  const started = performance.now();
  const existing = await client.query(`SELECT 1 FROM "Organization" WHERE id = 'o0'`);
  if (existing.rowCount) throw new Error("This database already holds generated data: use an empty one.");
  const organizations = [
    { k: 0, ...scaleOrganization, size: settings, members: 20 },
    ...Array.from({ length: settings.smallOrganizations }, (_, index) => ({
      k: index + 1,
      slug: `small-${String(index + 1).padStart(2, "0")}`,
      name: `Small Desk ${index + 1} (fictional)`,
      size: SMALL_ORGANIZATION,
      members: 3,
    })),
  ];
  const roles = ["OWNER", "CONVENER", "CONTRIBUTOR", "VIEWER"];
  for (const { k, slug, name, size, members } of organizations) {
    log(`${name} (${slug}): ${size.dialogues} dialogues, ${size.people} people, ${size.audit} audit events`);
    const o = `o${k}`;
    await client.query("BEGIN");
    await timed(log, "Organization, members", async () => {
      await client.query(`INSERT INTO "Organization" (id, slug, name, "updatedAt") VALUES ($1, $2, $3, now())`, [
        o,
        slug,
        name,
      ]);
      const domain = k === 0 ? "meridian.example" : `${slug}.example`;
      await client.query(
        `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
         SELECT '${o}-u' || j, CASE j WHEN 0 THEN 'owner' WHEN 1 THEN 'convener' WHEN 2 THEN 'contributor' WHEN 3 THEN 'viewer'
           ELSE 'member-' || j END || '@${domain}', ${pick(syllables, "j + 3")} || ' ' || ${pick(endings, "j")} || 'son', $1, now()
         FROM generate_series(0, ${members - 1}) j`,
        [passwordHash],
      );
      await client.query(
        `INSERT INTO "Member" (id, "organizationId", "userId", role, "updatedAt")
         SELECT '${o}-m' || j, '${o}', '${o}-u' || j, ${pick(roles, "LEAST(j, 3)", "Role")}, now() FROM generate_series(0, ${members - 1}) j`,
      );
      await client.query(
        `INSERT INTO "Invite" (id, "organizationId", email, role, "tokenHash", "expiresAt", "createdById")
         SELECT '${o}-inv' || j, '${o}', 'invitee-' || j || '@${domain}', 'CONTRIBUTOR', md5('${o}-inv' || j), timestamp '2030-01-01', '${o}-u0'
         FROM generate_series(0, 2) j`,
      );
      await client.query(
        `INSERT INTO "ChecklistTemplate" (id, "organizationId", name, version, items) VALUES ($1, $2, 'Field template', 1, $3)`,
        [`${o}-tpl`, o, JSON.stringify(template.map((item) => ({ ...item, gate: item.gate ?? false })))],
      );
      return members;
    });
    for (const [table, sql] of statements(k, size, members)) {
      if (table !== "AuditEvent") {
        await timed(log, table, async () => (await client.query(sql)).rowCount ?? 0);
        continue;
      }
      const batch = 250_000;
      for (let from = 0; from < size.audit; from += batch) {
        const to = Math.min(size.audit, from + batch) - 1;
        await timed(log, `${table} ${from}…${to}`, async () => (await client.query(sql, [from, to])).rowCount ?? 0);
      }
    }
    await client.query("COMMIT");
  }
  await timed(log, "ANALYZE", async () => {
    await client.query("ANALYZE");
    return 0;
  });
  log(`Seeded the ${scale} scale in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
