import { expect, signIn, test, testDb } from "./fixtures";

const HEADER = "Full name;Hangul;Type;Organisation;Position;Since;Shoe size";
const rows = (moved: string) => [
  "Ilsa Varnholm;;Outside expert;Harbour University;Professor;2024-01-01;41",
  `Corin Taldewe;;Former official;Institute of Strait Studies;Senior fellow;${moved};44`,
  '"Mael Ostrand";;Observer;;;;',
];
const file = (moved: string) => ({
  name: "contacts.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFF${[HEADER, ...rows(moved)].join("\r\n")}\r\n`, "utf8"),
});

test("import: a file with one bad row imports nothing; fixed, all of it goes in", async ({ page, organization }) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  const { id: organizationId } = await testDb.organization.findUniqueOrThrow({ where: { slug: organization.slug } });
  await signIn(page, owner);
  await page.goto(`/o/${organization.slug}/interlocutors`);
  await page.getByRole("link", { name: "Import CSV" }).click();
  await expect(page.getByRole("heading", { name: "Import interlocutors from CSV" })).toBeVisible();

  // 1. One row's day is written the wrong way: the report names its line and column, and nothing goes in.
  await page.getByLabel("CSV file").setInputFiles(file("15/03/2022"));
  await expect(page.getByLabel("Field for column “Full name”")).toHaveValue("name");
  await expect(page.getByLabel("Field for column “Shoe size”")).toHaveValue("");
  const problems = page.getByRole("table", { name: "Problems" });
  await expect(problems.getByRole("row")).toHaveCount(2);
  await expect(problems.getByRole("row").nth(1)).toContainText("3");
  await expect(problems.getByRole("row").nth(1)).toContainText("Since");
  await expect(problems.getByRole("row").nth(1)).toContainText("Enter the date the post began, as YYYY-MM-DD.");
  await expect(page.getByRole("button", { name: "Import (fix the problems first)" })).toBeDisabled();
  expect(await testDb.interlocutor.count({ where: { organizationId } })).toBe(0);

  // 2. The row fixed and the file chosen again: every row goes in, in one go.
  await page.getByLabel("CSV file").setInputFiles(file("2022-03-15"));
  await expect(page.getByTestId("import-summary")).toContainText("3 rows, 3 people, 2 posts and 2 new institutions.");
  await expect(page.getByRole("table", { name: "Problems" })).toHaveCount(0);
  await page.getByRole("button", { name: "Import 3 people" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 3 rows" })).toBeVisible();
  expect(await testDb.interlocutor.count({ where: { organizationId } })).toBe(3);
  expect(await testDb.affiliation.count({ where: { organizationId } })).toBe(2);
  expect(await testDb.auditEvent.count({ where: { organizationId, action: "interlocutor.imported" } })).toBe(1);

  // 3. The same file again: each person is offered as a possible duplicate until answered.
  await page.goto(`/o/${organization.slug}/interlocutors/import`);
  await page.getByLabel("CSV file").setInputFiles(file("2022-03-15"));
  await expect(page.getByRole("heading", { name: /Possible duplicates \(3\)/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Import (answer 3 possible duplicates first)" })).toBeDisabled();
  await page
    .getByRole("group", { name: "Line 4: Mael Ostrand" })
    .getByLabel(/Same as/)
    .check();
  await page.getByRole("button", { name: "Answer the rest “someone new”" }).click();
  await page.getByRole("button", { name: "Import 3 people" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 new people, 1 person matched" })).toBeVisible();
  expect(await testDb.interlocutor.count({ where: { organizationId, name: "Mael Ostrand" } })).toBe(1);
});
