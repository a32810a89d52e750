import { createDialogues, expect, signIn, test } from "./fixtures";

test("the dialogue list searches, filters, sorts and pages, keeping its state in the URL", async ({
  page,
  organization,
}) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  await createDialogues(organization.slug, 27, "Shoal Dialogue", "PLANNING");
  await createDialogues(organization.slug, 3, "Ridge Dialogue", "EXPLORING");
  await signIn(page, owner);

  await page.goto(`/o/${organization.slug}/dialogues?sort=title`);
  await expect(page.getByRole("heading", { name: "Dialogues (30)" })).toBeVisible();
  await expect(page.getByTestId("dialogue-row")).toHaveCount(25);
  await expect(page.getByTestId("dialogue-row").first()).toContainText("Ridge Dialogue 00");
  await page.getByRole("link", { name: "Next →" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByTestId("dialogue-row")).toHaveCount(5);
  await expect(page.getByText("Page 2 of 2")).toBeVisible();

  await page.getByRole("search").getByLabel("Search").fill("shoal");
  await page.getByRole("search").getByRole("combobox", { name: "Status" }).selectOption("PLANNING");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=shoal/);
  await expect(page).toHaveURL(/status=PLANNING/);
  await expect(page.getByRole("heading", { name: "Dialogues (27)" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("search").getByLabel("Search")).toHaveValue("shoal");
  await expect(page.getByRole("heading", { name: "Dialogues (27)" })).toBeVisible();

  await page.getByRole("search").getByRole("combobox", { name: "Status" }).selectOption("EXPLORING");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("No dialogues match.")).toBeVisible();
});
