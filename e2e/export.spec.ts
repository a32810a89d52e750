import { readFile } from "node:fs/promises";
import { expect, signIn, test, testDb } from "./fixtures";

test("export: the filtered Interlocutors list downloads as CSV with only what the filter shows", async ({
  page,
  organization,
}) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  const { id: organizationId } = await testDb.organization.findUniqueOrThrow({ where: { slug: organization.slug } });
  await testDb.interlocutor.createMany({
    data: [
      { organizationId, name: "Ri Ha-neul", category: "COUNTERPART_OFFICIAL", searchNames: "rihaneul" },
      { organizationId, name: "Tarn Velloc", category: "OUTSIDE_EXPERT", searchNames: "tarnvelloc" },
    ],
  });
  await signIn(page, owner);
  await page.goto(`/o/${organization.slug}/interlocutors`);
  await page.getByLabel("Find by any spelling").fill("Rhee Haneul");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("interlocutor-row")).toHaveCount(1);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV of these interlocutors" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^interlocutors-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), "utf8");
  const lines = text
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toMatch(/^Ri Ha-neul,/);
  expect(text).not.toContain("Tarn Velloc");
});
