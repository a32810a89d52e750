import { expect, signIn, test, testDb } from "./fixtures";
import { DialogueWorkspace } from "./pages/dialogue-workspace";

const sanctions = "Under sanctions: who is listed, which exemptions are needed, and what may be paid for or provided?";

test("context watch: an event linked to the sanctions item of two dialogues asks both to re-check; confirming one clears it there only", async ({
  page,
  organization,
}) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  await signIn(page, owner);
  const titles = ["Amber Coast Dialogue", "Basalt Strait Dialogue"];
  const urls: string[] = [];
  for (const title of titles) {
    await DialogueWorkspace.create(page, organization.slug, { title, counterpart: "Republic of Eastmarch" });
    urls.push(page.url());
  }
  // Both sanctions answers were given today, so only the event can make them stale.
  await testDb.checklistItem.updateMany({
    where: { templateKey: "sanctions", dialogue: { title: { in: titles }, organization: { slug: organization.slug } } },
    data: { status: "ANSWERED", confidence: "HIGH", answer: "Nobody listed.", answeredOn: new Date() },
  });

  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Context watch" }).click();
  await page.getByLabel("Kind").selectOption("SANCTIONS_LISTING");
  await page.getByLabel("Source").fill("Official Journal L 301");
  await page.getByLabel("What happened").fill("Eastmarch shipping agency listed");
  await page.getByRole("checkbox", { name: "Republic of Eastmarch" }).check();
  await page.getByRole("button", { name: "Record event" }).click();

  const sheet = page.getByRole("dialog", { name: "Eastmarch shipping agency listed" });
  await expect(sheet).toBeVisible();
  for (const title of titles) {
    // Sanctions is the question a listing most likely bears on: it is offered first, not folded away.
    await sheet
      .getByRole("group", { name: new RegExp(title) })
      .getByRole("checkbox", { name: sanctions })
      .check();
  }
  await sheet.getByRole("button", { name: "Ask for a re-check" }).click();
  await expect(sheet.getByTestId("event-links").getByRole("listitem")).toHaveCount(2);
  await expect(sheet.getByTestId("event-links")).toContainText(`${titles[0]}: ${sanctions} (re-check pending)`);

  const workspace = new DialogueWorkspace(page);
  for (const url of urls) {
    await page.goto(`${url}/readiness`);
    await expect(workspace.checklistItem(sanctions).getByTestId("item-stale")).toHaveText("Re-check");
  }

  await page.goto(`${urls[0]}/readiness`);
  const item = await workspace.openItem(sanctions);
  await expect(item.getByTestId("item-freshness")).toContainText("Eastmarch shipping agency listed");
  await item.getByRole("button", { name: "Confirm it still holds" }).click();
  await workspace.expectToast("Answer confirmed as of today.");
  await expect(item.getByTestId("item-freshness")).toHaveCount(0);
  await workspace.closeItem();
  await expect(workspace.checklistItem(sanctions).getByTestId("item-stale")).toHaveCount(0);

  await page.goto(`${urls[1]}/readiness`);
  await expect(workspace.checklistItem(sanctions).getByTestId("item-stale")).toHaveText("Re-check");

  // The board counts the stale answer where it still is.
  await page.goto(`/o/${organization.slug}`);
  const rows = page.getByTestId("dashboard-row");
  await expect(rows.filter({ hasText: titles[1] }).getByTestId("board-stale")).toHaveText("1 stale");
  await expect(rows.filter({ hasText: titles[0] }).getByTestId("board-stale")).toHaveCount(0);
});
