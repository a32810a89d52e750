import { chmodSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, it } from "vitest";
import { startEmbeddedDatabase } from "./embedded";

it("keeps its data across a stop and a start", async () => {
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "parley-embedded-")), "db");

  const first = await startEmbeddedDatabase(dataDir);
  const writer = new pg.Client(first.url);
  await writer.connect();
  await writer.query("CREATE TABLE kept (note text)");
  await writer.query("INSERT INTO kept VALUES ('still here')");
  await writer.end();
  await first.stop();

  const second = await startEmbeddedDatabase(dataDir);
  const reader = new pg.Client(second.url);
  await reader.connect();
  const { rows } = await reader.query("SELECT note FROM kept");
  await reader.end();
  await second.stop();

  expect(rows).toEqual([{ note: "still here" }]);
});

it("serves several clients at once, queueing one while another's transaction is open", async () => {
  const server = await startEmbeddedDatabase("memory://");
  const a = new pg.Client(server.url);
  const b = new pg.Client(server.url);
  await Promise.all([a.connect(), b.connect()]);
  await a.query("CREATE TABLE counter (n int); INSERT INTO counter VALUES (0)");
  await a.query("BEGIN");
  await a.query("UPDATE counter SET n = n + 1");
  const order: string[] = [];
  const read = b.query("SELECT n FROM counter").then((result) => {
    order.push("read");
    return result.rows[0].n;
  });
  await new Promise((resolve) => setTimeout(resolve, 100));
  order.push("commit");
  await a.query("COMMIT");
  expect(await read).toBe(1);
  expect(order).toEqual(["commit", "read"]);
  await Promise.all([a.end(), b.end()]);
  await server.stop();
});

it("answers only on a Unix socket in a folder no other user can enter", async () => {
  const root = mkdtempSync(path.join(tmpdir(), "parley-embedded-"));
  chmodSync(root, 0o755);
  const server = await startEmbeddedDatabase(path.join(root, "db"));
  try {
    const url = new URL(server.url);
    expect(url.searchParams.get("host")).toBe(root);
    expect(url.password).toBe("");
    expect(statSync(root).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(root, ".s.PGSQL.5432")).isSocket()).toBe(true);
    const client = new pg.Client(server.url);
    await client.connect();
    expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await client.end();
  } finally {
    await server.stop();
  }
});

it("plans a trigram search of a few thousand names through the index, on every connection", async () => {
  const server = await startEmbeddedDatabase("memory://");
  const setup = new pg.Client(server.url);
  await setup.connect();
  // 6,000 names from a few hundred syllable pairs, as people's names are: a common syllable
  // matches some hundreds of them.
  await setup.query(`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE TABLE person (id text PRIMARY KEY, names text NOT NULL);
    INSERT INTO person SELECT 'p' || n,
      (ARRAY['ankh','miro','talv','sek','dov','ethom','rai','kel','vor','zan','pel','quor','bren','lis','mar','tor','yen','gal','fen','hul'])[1 + n % 20] ||
      (ARRAY['en','ir','oru','ada','omir','ak','is','un','el','ath','ovo','ime','ura','esk','ilo','anth','ob','ez','iv','ul'])[1 + (n / 20) % 20] || ' ' ||
      (ARRAY['sekomir','ethomir','dovoru','mirada','talvena','kelbrin','vorsk','zanith','pellor','quorin','brenna','lisset','martov','torvald','yenesk','galdor','fenrik','hulme','raimo','ankhar'])[1 + (n / 400) % 20] || ' ' || md5(n::text)
    FROM generate_series(1, 6000) n;
    CREATE INDEX person_names ON person USING gin (names gin_trgm_ops);
    ANALYZE person;`);
  await setup.end();
  // A second connection: the setting must hold for each one the app opens, not only the first.
  const client = new pg.Client(server.url);
  await client.connect();
  try {
    const { rows } = await client.query(
      `EXPLAIN SELECT id FROM person WHERE names LIKE '%talven%' OR 'talven' <% names`,
    );
    const plan = rows.map((row: { "QUERY PLAN": string }) => row["QUERY PLAN"]).join("\n");
    // At PostgreSQL's default random_page_cost (4) the plan is a sequential scan that compares every
    // name (49 ms here); through the index it takes 2 ms.
    expect(plan).toContain("Bitmap Index Scan on person_names");
  } finally {
    await client.end();
    await server.stop();
  }
});
