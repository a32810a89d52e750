import { expect, signIn, test, testDb } from "./fixtures";

test("merge and erase: a duplicate merged into one record, its old link leading there; then the person erased", async ({
  page,
  organization,
}) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  const { id: organizationId } = await testDb.organization.findUniqueOrThrow({ where: { slug: organization.slug } });
  const kept = await testDb.interlocutor.create({
    data: { organizationId, name: "Tarn Velloc", category: "COUNTERPART_OFFICIAL", searchNames: "tarnvelloc" },
  });
  const duplicate = await testDb.interlocutor.create({
    data: { organizationId, name: "Tarn Veloc", category: "COUNTERPART_OFFICIAL", searchNames: "tarnveloc" },
  });
  await signIn(page, owner);
  await page.goto(`/o/${organization.slug}/interlocutors/${kept.id}`);
  await page.getByText("Merge a duplicate into this record").click();
  await page.getByRole("combobox", { name: "Duplicate to merge in" }).fill("Tarn Veloc");
  await page.getByRole("option", { name: /^Tarn Veloc\b/ }).click();
  await page.getByRole("button", { name: "Merge into this record" }).click();
  await expect(page.getByText("Merged into Tarn Velloc.")).toBeVisible();
  await expect(page.getByText("Tarn Veloc", { exact: true }).first()).toBeVisible();

  await page.goto(`/o/${organization.slug}/interlocutors/${duplicate.id}`);
  await expect(page).toHaveURL(new RegExp(`/interlocutors/${kept.id}$`));
  await expect(page.getByRole("heading", { name: /Tarn Velloc/ })).toBeVisible();
  expect(await testDb.interlocutor.count({ where: { organizationId } })).toBe(1);

  // An owner erases the person: the record stays as a placeholder that names no one.
  await page.getByText("Erase this person’s data").click();
  await page.getByRole("button", { name: "Erase personal data" }).click();
  await expect(page.getByText("Tick this to confirm: erasure cannot be undone.")).toBeVisible();
  await page.getByLabel(/^Why/).fill("Erasure request of 2 November 2026");
  await page.getByLabel("I understand that this cannot be undone").check();
  await page.getByRole("button", { name: "Erase personal data" }).click();
  await expect(page.getByTestId("erasure")).toContainText("Erasure request of 2 November 2026");
  await expect(page.getByRole("heading", { name: /Erased person/ })).toBeVisible();
  await expect(page.getByRole("main").getByText(/Tarn Vell?oc/)).toHaveCount(0);
});
