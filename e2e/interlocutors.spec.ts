import { expect, signIn, test } from "./fixtures";

test("job 2: record an interlocutor with a dated post, find them by another spelling, log their replacement", async ({
  page,
  organization,
}) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  await signIn(page, owner);
  await page.goto(`/o/${organization.slug}`);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Interlocutors" }).click();
  await expect(page.getByRole("heading", { name: "Interlocutors (0)" })).toBeVisible();

  const institution = page.getByRole("region", { name: "Add an institution" });
  await institution.getByLabel("Institution").fill("Eastmarch Ministry of Foreign Affairs");
  await institution.getByLabel("Country").fill("Eastmarch");
  await institution.getByRole("button", { name: "Add institution" }).click();
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Institution added." }).last()).toBeVisible();

  const add = page.getByRole("region", { name: "Add an interlocutor" });
  await add.getByLabel("Name (Latin script)").fill("Ri Ha-neul");
  await add.getByLabel("Name in the original script").fill("리하늘");
  await add.getByRole("button", { name: "Add interlocutor" }).click();
  await expect(page.getByTestId("interlocutor-row")).toHaveCount(1);

  // The same person again, spelled another way: a warning first, naming who it may be.
  await add.getByLabel("Name (Latin script)").fill("Lee Haneul");
  await add.getByRole("button", { name: "Add interlocutor" }).click();
  await expect(add.getByRole("status").filter({ hasText: "Possible duplicate of Ri Ha-neul" })).toBeVisible();
  await expect(page.getByTestId("interlocutor-row")).toHaveCount(1);

  // Found by a spelling nobody typed: the South Korean surname, from the Hangul.
  await page.getByLabel("Find by any spelling").fill("Rhee Haneul");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=Rhee\+Haneul/);
  await page.getByTestId("interlocutor-row").getByRole("link", { name: "Ri Ha-neul" }).click();

  await expect(page.getByRole("heading", { level: 2, name: /Ri Ha-neul/ })).toBeVisible();
  const post = page.getByRole("region", { name: "Add a post" });
  await post.getByLabel("Title").fill("Director, Europe department");
  await post.getByLabel("Institution").selectOption({ label: "Eastmarch Ministry of Foreign Affairs (Eastmarch)" });
  await post.getByLabel("From").fill("2024-03-01");
  await post.getByLabel("Source").fill("Eastmarch state news agency, 2 March 2024");
  await post.getByRole("button", { name: "Add post" }).click();
  await expect(page.getByTestId("post-row")).toHaveCount(1);
  await expect(page.getByTestId("post-row")).toContainText("Current");

  // A second post that overlaps the first is refused beside its date; nothing is saved.
  await post.getByLabel("Title").fill("Ambassador");
  await post.getByLabel("Institution").selectOption({ label: "Eastmarch Ministry of Foreign Affairs (Eastmarch)" });
  await post.getByLabel("From").fill("2025-01-01");
  await post.getByRole("button", { name: "Add post" }).click();
  await expect(page.locator("#new-post-startsOn-error")).toContainText(
    "Overlaps the post “Director, Europe department”",
  );
  await expect(page.getByTestId("post-row")).toHaveCount(1);
});
