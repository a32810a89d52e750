import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actAs, signedInWorkspace, testDb } from "../testing/fixtures";
import { digestOrganization } from "../testing/organization-digest";
import { checkImportAction, importInterlocutorsAction } from "./actions";

const HEADER = "Name,Original name,Category,Institution,Post title,Post from,Post until,Source";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");

describe("importing people and posts from CSV", () => {
  it("checks a file, then imports all of it in one audited transaction", async () => {
    const { slug, organization } = await signedInWorkspace();
    await testDb.institution.create({
      data: { organizationId: organization.id, name: "Institute of Strait Studies", kind: "THINK_TANK" },
    });
    const file = {
      fileName: "contacts.csv",
      csv: csv(
        "Ilsa Varnholm,,Outside expert,institute of strait studies,Senior fellow,2019-03-01,2023-12-31,CV",
        "Ilsa Varnholm,,Outside expert,Harbour University,Professor,2024-01-01,,Faculty page",
        "Corin Taldewe,,FORMER_OFFICIAL,,,,,",
      ),
    };
    const checked = await checkImportAction(slug, file);
    expect(checked).toMatchObject({
      ok: true,
      data: { rows: 3, people: 2, posts: 2, newInstitutions: 1, problemCount: 0, duplicateCount: 0, ready: true },
    });
    // Checking writes nothing, not even an audit event.
    expect(
      await testDb.auditEvent.count({ where: { organizationId: organization.id, action: "interlocutor.imported" } }),
    ).toBe(0);

    expect(await importInterlocutorsAction(slug, file)).toMatchObject({
      ok: true,
      data: { rows: 3, peopleAdded: 2, peopleMatched: 0, posts: 2, institutionsAdded: 1 },
    });
    const ilsa = await testDb.interlocutor.findFirstOrThrow({
      where: { organizationId: organization.id, name: "Ilsa Varnholm" },
      include: { affiliations: { include: { institution: true }, orderBy: { startsOn: "asc" } } },
    });
    expect(ilsa).toMatchObject({ category: "OUTSIDE_EXPERT", searchNames: expect.stringContaining("ilsa") });
    expect(ilsa.affiliations.map((post) => [post.institution.name, post.title, post.endsOn])).toEqual([
      ["Institute of Strait Studies", "Senior fellow", new Date("2023-12-31T00:00:00Z")],
      ["Harbour University", "Professor", null],
    ]);
    const events = await testDb.auditEvent.findMany({
      where: { organizationId: organization.id, action: "interlocutor.imported" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.after).toMatchObject({ rows: 3, peopleAdded: 2, fileName: "contacts.csv" });
  });

  it("imports nothing while any row is wrong, and says where and what", async () => {
    const { slug, organization } = await signedInWorkspace();
    const file = {
      fileName: "contacts.csv",
      csv: csv(
        "Ilsa Varnholm,,Outside expert,Harbour University,Professor,2024-01-01,,",
        "Corin Taldewe,,Astronaut,,,,,",
        "Mael Ostrand,,Outside expert,Harbour University,Lecturer,2024-02-30,,",
        "Mael Ostrand,,Outside expert,Harbour University,Reader,2024-01-01,,",
      ),
    };
    const before = await digestOrganization(organization.id);
    const checked = await checkImportAction(slug, file);
    expect(checked).toMatchObject({ ok: true, data: { ready: false, problemCount: 2 } });
    if (!checked.ok) throw new Error("expected a report");
    expect(checked.data.problems).toEqual([
      { line: 3, column: "Category", message: "Choose what kind of interlocutor this is." },
      { line: 4, column: "Post from", message: "Enter the date the post began, as YYYY-MM-DD." },
    ]);
    expect(await importInterlocutorsAction(slug, file)).toMatchObject({
      ok: false,
      reason: "INVALID",
      message: "Nothing was imported: the file has 2 problems.",
      fieldErrors: { csv: [expect.stringMatching(/^Line 3, column “Category”: /), expect.any(String)] },
    });
    expect(await digestOrganization(organization.id)).toEqual(before);
  });

  it("refuses overlapping posts of one person, and details that disagree", async () => {
    const { slug } = await signedInWorkspace();
    const checked = await checkImportAction(slug, {
      csv: csv(
        "Ilsa Varnholm,,Outside expert,Harbour University,Professor,2020-01-01,,",
        "Ilsa Varnholm,,Former official,Harbour University,Dean,2022-01-01,,",
      ),
    });
    if (!checked.ok) throw new Error("expected a report");
    expect(checked.data.problems).toEqual([
      { line: 3, column: "Category", message: expect.stringContaining("Differs from line 2") },
      { line: 3, column: "Post from", message: expect.stringContaining("Overlaps the post “Professor” on line 2") },
    ]);
  });

  it("flags possible duplicates of people on record, and imports only once each is answered", async () => {
    const { slug, organization, workspace } = await signedInWorkspace();
    const known = await testDb.interlocutor.findUniqueOrThrow({ where: { id: workspace.interlocutorId } });
    // The fixture's person is found as "Tarn Velloc" (its name carries a random suffix).
    const file = {
      csv: csv("Tarn Velloc,,Counterpart official,Harbour University,Visiting fellow,2010-01-01,2010-06-30,"),
    };
    const checked = await checkImportAction(slug, file);
    expect(checked).toMatchObject({
      ok: true,
      data: { ready: false, duplicateCount: 1, undecided: 1, duplicates: [{ line: 2, matches: [{ id: known.id }] }] },
    });
    expect(await importInterlocutorsAction(slug, file)).toMatchObject({
      ok: false,
      reason: "INVALID",
      fieldErrors: { decisions: ["Line 2: Tarn Velloc"] },
    });
    // A made-up answer is refused too: only the people offered can be chosen.
    expect(await importInterlocutorsAction(slug, { ...file, decisions: { 2: "someone-else" } })).toMatchObject({
      ok: false,
      reason: "INVALID",
    });
    expect(await importInterlocutorsAction(slug, { ...file, decisions: { 2: known.id } })).toMatchObject({
      ok: true,
      data: { peopleAdded: 0, peopleMatched: 1, posts: 1 },
    });
    expect(await testDb.affiliation.count({ where: { interlocutorId: known.id, title: "Visiting fellow" } })).toBe(1);
    expect(await testDb.interlocutor.count({ where: { organizationId: organization.id, name: "Tarn Velloc" } })).toBe(
      0,
    );
    // The same file again, answered "new": a second record.
    expect(await importInterlocutorsAction(slug, { ...file, decisions: { 2: "new" } })).toMatchObject({
      ok: true,
      data: { peopleAdded: 1, peopleMatched: 0 },
    });
    expect(await testDb.interlocutor.count({ where: { organizationId: organization.id, name: "Tarn Velloc" } })).toBe(
      1,
    );
  });

  it("refuses two lines answered as the same person on record", async () => {
    const { slug, workspace } = await signedInWorkspace();
    const file = {
      csv: csv(
        "Tarn Velloc,,Counterpart official,Harbour University,Adviser,2010-01-01,2011-12-31,",
        "Tarn Vellocq,,Counterpart official,Harbour University,Adviser,2011-01-01,,",
      ),
    };
    const checked = await checkImportAction(slug, file);
    if (!checked.ok) throw new Error("expected a report");
    expect(checked.data.duplicates.map((person) => person.line)).toEqual([2, 3]);
    const decisions = { 2: workspace.interlocutorId, 3: workspace.interlocutorId };
    expect(await importInterlocutorsAction(slug, { ...file, decisions })).toMatchObject({
      ok: false,
      reason: "INVALID",
      fieldErrors: { decisions: [expect.stringContaining("Line 3")] },
    });
    expect(await testDb.affiliation.count({ where: { interlocutorId: workspace.interlocutorId } })).toBe(0);
  });

  it("adds a matched person's other spellings, and refuses a post that overlaps one on record", async () => {
    const { slug, workspace } = await signedInWorkspace();
    const known = await testDb.interlocutor.findUniqueOrThrow({
      where: { id: workspace.interlocutorId },
    });
    const spelled = "Tarn Vellocq";
    const file = { csv: `Name,Category\n${spelled},Counterpart official\n` };
    const checked = await checkImportAction(slug, file);
    if (!checked.ok) throw new Error("expected a report");
    expect(checked.data.duplicates[0]?.matches[0]?.id).toBe(known.id);
    expect(await importInterlocutorsAction(slug, { ...file, decisions: { 2: known.id } })).toMatchObject({ ok: true });
    const after = await testDb.interlocutor.findUniqueOrThrow({ where: { id: known.id } });
    expect(after.alternateSpellings).toContain(spelled);
    expect(after.version).toBe(known.version + 1);

    const institution = await testDb.institution.create({
      data: { organizationId: known.organizationId, name: "Ministry of Coastal Affairs", kind: "MINISTRY" },
    });
    await testDb.affiliation.create({
      data: {
        organizationId: known.organizationId,
        interlocutorId: known.id,
        institutionId: institution.id,
        title: "Director",
        startsOn: new Date("2021-04-01T00:00:00Z"),
      },
    });
    const overlapping = {
      csv: csv("Tarn Velloc,,Counterpart official,Harbour University,Adviser,2024-01-01,,"),
      decisions: { 2: known.id },
    };
    expect(await importInterlocutorsAction(slug, overlapping)).toMatchObject({
      ok: false,
      reason: "INVALID",
      fieldErrors: { csv: [expect.stringContaining("already holds on record")] },
    });
  });

  it("checks and imports for members who may edit records only", async () => {
    const { slug, members } = await signedInWorkspace();
    await actAs(members.VIEWER.user);
    expect(await checkImportAction(slug, { csv: csv("Ilsa Varnholm,,Outside expert,,,,,") })).toMatchObject({
      ok: false,
      reason: "FORBIDDEN",
    });
  });
});

/** Fictional names from a small alphabet: unlike anyone on record, and unlike each other. */
const personName = fc
  .tuple(fc.stringMatching(/^[A-Z][a-z]{3,8}$/), fc.stringMatching(/^[A-Z][a-z]{4,9}$/))
  .map(([given, family]) => `${given} Zq${family}`);
const validRow = fc.record({
  name: personName,
  category: fc.constantFrom("Outside expert", "FORMER_OFFICIAL", "observer"),
  institution: fc.constantFrom("", "Harbour University", "Institute of Strait Studies"),
  year: fc.integer({ min: 1990, max: 2025 }),
});
const toLine = (row: { name: string; category: string; institution: string; year: number }) =>
  row.institution
    ? `${row.name},,${row.category},${row.institution},Fellow,${row.year}-01-01,,`
    : `${row.name},,${row.category},,,,,`;

/** Ways one row can be wrong: each must be reported on its line, and stop the whole file. */
const breakages: ((line: string) => string)[] = [
  (line) => line.replace(/^[^,]*/, ""), // no name
  (line) => line.replace(/,(Outside expert|FORMER_OFFICIAL|observer),/, ",Astronaut,"), // unknown category
  (line) => `${line},surplus`, // a cell too many
  (line) => line.split(",").slice(0, 4).join(","), // cells missing
  (line) => line.replace(/^([^,]*),,([^,]*),[^,]*,[^,]*,[^,]*,/, "$1,,$2,Harbour University,Fellow,01/02/2020,"), // a day as DD/MM/YYYY
  (line) =>
    line.replace(
      /^([^,]*),,([^,]*),[^,]*,[^,]*,[^,]*,[^,]*,/,
      "$1,,$2,Harbour University,Fellow,2020-05-01,2019-01-01,",
    ), // ends before it begins
  (line) => line.replace(/^[^,]*/, "Nul\u0000Byte"), // a control character
];

describe("the importer, for any malformed file", () => {
  it("reports the bad row and leaves every table of the organization unchanged", async () => {
    const { slug, organization } = await signedInWorkspace();
    const before = await digestOrganization(organization.id);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(validRow, { minLength: 1, maxLength: 12, selector: (row) => row.name }),
        fc.nat(),
        fc.constantFrom(...breakages.keys()),
        async (rows, which, breakage) => {
          const lines = rows.map(toLine);
          const bad = which % lines.length;
          lines[bad] = breakages[breakage]?.(lines[bad] as string) as string;
          const file = { csv: csv(...lines) };
          const checked = await checkImportAction(slug, file);
          if (!checked.ok) throw new Error(checked.message);
          expect(checked.data.ready).toBe(false);
          expect(checked.data.problems.map((problem) => problem.line)).toContain(bad + 2);
          expect(await importInterlocutorsAction(slug, file)).toMatchObject({ ok: false, reason: "INVALID" });
          expect(await digestOrganization(organization.id)).toEqual(before);
        },
      ),
      { numRuns: 40, seed: 20261129 },
    );
  });

  it("refuses any text that is not a file of people, and changes nothing", async () => {
    const { slug, organization } = await signedInWorkspace();
    const before = await digestOrganization(organization.id);
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), async (text) => {
        const result = await importInterlocutorsAction(slug, { csv: text });
        expect(result).toMatchObject({ ok: false, reason: "INVALID" });
        expect(await digestOrganization(organization.id)).toEqual(before);
      }),
      { numRuns: 60, seed: 20261129 },
    );
  });
});
