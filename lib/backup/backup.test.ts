import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "../../prisma/migrate";
import { freshDatabase, type TestDatabase } from "../../prisma/test-database";
import { PrismaClient } from "../generated/prisma/client";
import { eraseInterlocutorAction, mergeInterlocutorsAction } from "../interlocutors/actions";
import { recordReviewAction, updateChecklistItemAction } from "../readiness/actions";
import { createFixture, type Fixture } from "../testing/action-fixture";
import { actAs, createWorkspace, testDb } from "../testing/fixtures";
import { ArchiveRefusal, createArchive, databaseTables, readArchive, restoreArchive } from "./archive";
import { accountSecrets, accountTables, excludedTables, organizationTables } from "./tables";

let target: Fixture;
let fresh: TestDatabase;
let restored: PrismaClient;

/** An organization with every kind of record, written by the app where it can be, else directly. */
async function organizationWithEverything(): Promise<Fixture> {
  const fixture = await createFixture("Backup");
  const organizationId = fixture.organization.id;
  const slug = fixture.organization.slug;
  const { workspace } = fixture;
  await createWorkspace(organizationId, { restricted: true, teamMemberIds: [fixture.members.CONTRIBUTOR.id] });
  await actAs(fixture.members.OWNER.user);
  const item = {
    itemId: workspace.checklistItemId,
    version: 0,
    status: "ANSWERED",
    weight: 3,
    answer: "Yes, “quoted”\nand on two lines",
  };
  expect(await updateChecklistItemAction(slug, item)).toMatchObject({ ok: true });
  expect(
    await recordReviewAction(slug, {
      dialogueId: workspace.dialogue.id,
      decision: "NOT_YET",
      rationale: "Access is blocked.",
    }),
  ).toMatchObject({ ok: true });
  await testDb.contextEventLink.create({
    data: { organizationId, eventId: fixture.contextEventId, checklistItemId: workspace.checklistItemId },
  });
  await testDb.checklistTemplate.create({
    data: { organizationId, name: "House standard", version: 1, items: [{ question: "Who attends?", weight: 2 }] },
  });
  await testDb.readout.create({
    data: {
      organizationId,
      sessionId: workspace.heldSessionId,
      unit: "Policy planning",
      briefedOn: new Date("2026-10-02T00:00:00Z"),
      briefedBy: "Facilitator",
      mode: "CALL",
    },
  });
  await testDb.screening.create({
    data: {
      organizationId,
      sessionParticipantId: workspace.sessionParticipantId,
      lists: ["UN 1718", "EU"],
      checkedOn: new Date("2026-10-01T00:00:00Z"),
      result: "CLEAR",
      checkedById: fixture.members.OWNER.userId,
    },
  });
  await testDb.recoveryCode.create({ data: { userId: fixture.members.OWNER.userId, codeHash: "hash-of-a-code" } });
  const post = await testDb.affiliation.create({
    data: {
      organizationId,
      interlocutorId: workspace.interlocutorId,
      institutionId: workspace.institutionId,
      title: "Director",
      startsOn: new Date("2021-04-01T00:00:00Z"),
      seniority: 3,
    },
  });
  await testDb.interlocutorChange.create({
    data: {
      organizationId,
      interlocutorId: workspace.interlocutorId,
      kind: "PROMOTED",
      occurredOn: new Date("2021-04-01T00:00:00Z"),
      source: "State news agency",
      confidence: "HIGH",
      openedAffiliationId: post.id,
    },
  });
  const twin = await testDb.interlocutor.create({
    data: { organizationId, name: "Ilse Brandmor", category: "OUTSIDE_EXPERT", searchNames: "ilsebrandmor" },
  });
  expect(
    await mergeInterlocutorsAction(slug, { interlocutorId: workspace.newcomerId, duplicateId: twin.id, version: 0 }),
  ).toMatchObject({ ok: true });
  const gone = await testDb.interlocutor.create({
    data: { organizationId, name: "Odo Vantrell", category: "OBSERVER", searchNames: "odovantrell" },
  });
  expect(
    await eraseInterlocutorAction(slug, { interlocutorId: gone.id, reason: "Request of 3 November", confirm: "on" }),
  ).toMatchObject({ ok: true });
  return fixture;
}

/** Every table's rows of the organization, each as PostgreSQL prints it, counted and digested in SQL. */
async function digest(client: Pick<PrismaClient, "$queryRawUnsafe">, organizationId: string, userIds: string[]) {
  const result: Record<string, { rows: number; md5: string | null }> = {};
  for (const [table, where] of Object.entries(organizationTables))
    [result[table]] = await client.$queryRawUnsafe(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM "${table}" t WHERE ${where}`,
      organizationId,
    );
  // Accounts without their credentials, which never leave a server.
  const secrets = accountSecrets.map((column) => ` - '${column}'`).join("");
  for (const [table, where] of Object.entries(accountTables))
    [result[table]] = await client.$queryRawUnsafe(
      `SELECT count(*)::int AS rows, md5(string_agg((to_jsonb(t)${secrets})::text, E'\\n' ORDER BY t::text)) AS md5 FROM "${table}" t WHERE ${where}`,
      userIds,
    );
  return result;
}

beforeAll(async () => {
  target = await organizationWithEverything();
  fresh = await freshDatabase();
  await migrate(fresh.url);
  restored = new PrismaClient({ adapter: new PrismaPg({ connectionString: fresh.url }) });
}, 120_000);

afterAll(async () => {
  await restored?.$disconnect();
  await fresh?.drop();
});

describe("organization backup and restore", () => {
  it("says for every table of the database whether a backup holds it", async () => {
    const listed = new Set([
      ...Object.keys(organizationTables),
      ...Object.keys(accountTables),
      ...Object.keys(excludedTables),
    ]);
    expect((await databaseTables(testDb)).filter((table) => !listed.has(table))).toEqual([]);
  });

  it("round-trips an organization with every kind of record into a fresh database with 0 differences", async () => {
    const { archive, manifest } = await createArchive(testDb, target.organization.id);
    // Every kind of record is in it.
    expect(
      Object.entries(manifest.tables)
        .filter(([, table]) => table.rows === 0)
        .map(([name]) => name),
    ).toEqual([]);
    expect(await restoreArchive(restored, archive)).toMatchObject({ organization: { id: target.organization.id } });

    const userIds = ((readArchive(archive).rows.get("User") ?? []) as { id: string }[]).map((user) => user.id);
    const before = await digest(testDb, target.organization.id, userIds);
    const after = await digest(restored, target.organization.id, userIds);
    const differences = Object.keys(before).filter(
      (table) => JSON.stringify(before[table]) !== JSON.stringify(after[table]),
    );
    expect(differences).toEqual([]);
    expect(Object.keys(before).length).toBe(Object.keys(organizationTables).length + Object.keys(accountTables).length);

    // The same archive again is refused: the organization is already there, and nothing changes.
    await expect(restoreArchive(restored, archive)).rejects.toThrow(/already here/);
    expect(await digest(restored, target.organization.id, userIds)).toEqual(after);
  });

  it("is downloaded by owners only, and each download is in the audit trail", async () => {
    const { GET } = await import("@/app/o/[slug]/backup/route");
    const slug = target.organization.slug;
    const get = () => GET(new Request(`http://parley.test/o/${slug}/backup`), { params: Promise.resolve({ slug }) });
    await actAs(target.members.CONVENER.user);
    expect((await get()).status).toBe(404);
    await actAs(target.members.OWNER.user);
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="parley-.+\.jsonl\.gz"$/);
    const { manifest } = readArchive(Buffer.from(await response.arrayBuffer()));
    expect(manifest.organization.slug).toBe(slug);
    expect(
      await testDb.auditEvent.count({
        where: { organizationId: target.organization.id, action: "organization.backed_up" },
      }),
    ).toBe(1);
  });

  it("refuses a damaged or newer archive with a clear message, before writing anything", async () => {
    const { archive } = await createArchive(testDb, target.organization.id);
    const { gunzipSync, gzipSync } = await import("node:zlib");
    const text = gunzipSync(archive).toString("utf8");
    const rewrap = (changed: string) => gzipSync(Buffer.from(changed, "utf8"));

    await expect(restoreArchive(restored, archive.subarray(0, archive.length - 40))).rejects.toThrow(ArchiveRefusal);
    await expect(restoreArchive(restored, Buffer.from("not an archive"))).rejects.toThrow(/does not unpack/);
    const tampered = text.replace("Access is blocked.", "Access is open.");
    await expect(restoreArchive(restored, rewrap(tampered))).rejects.toThrow(/damaged: the table \w+ should hold/);
    const dropped = text
      .split("\n")
      .filter((line) => !line.includes('"table":"Theme"'))
      .join("\n");
    await expect(restoreArchive(restored, rewrap(dropped))).rejects.toThrow(/damaged: the table Theme/);
    const [manifest, ...rest] = text.split("\n");
    const newer = JSON.stringify({ ...JSON.parse(manifest ?? ""), version: 2 });
    await expect(restoreArchive(restored, rewrap([newer, ...rest].join("\n")))).rejects.toThrow(/newer Parley/);
    const ahead = JSON.stringify({ ...JSON.parse(manifest ?? ""), migration: "29991231000000_from_the_future" });
    await expect(restoreArchive(restored, rewrap([ahead, ...rest].join("\n")))).rejects.toThrow(/newer Parley/);
  });
});
