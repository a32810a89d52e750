import type { Locator, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/** Presses Tab until `target` has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

test("keyboard only: create a dialogue, answer a checklist item in the sheet, record a review", async ({
  page,
  organization,
}) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  await signIn(page, owner);
  await page.goto(`/o/${organization.slug}`);

  const main = page.getByRole("main");
  await tabTo(page, main.getByRole("link", { name: "New dialogue" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/dialogues\/new$/);
  await tabTo(page, page.getByLabel("Title"));
  await page.keyboard.type("Quiet Harbour Dialogue");
  await tabTo(page, page.getByLabel("Counterpart (country or party)"));
  await page.keyboard.type("Republic of Eastmarch");
  await tabTo(page, page.getByRole("button", { name: "Create dialogue" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Quiet Harbour Dialogue" })).toBeVisible();

  await tabTo(page, page.getByRole("navigation", { name: "Dialogue" }).getByRole("link", { name: "Readiness" }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/readiness$/);
  const question = "What open unknowns remain?";
  await tabTo(page, page.getByRole("link", { name: question, exact: true }));
  await page.keyboard.press("Enter");
  const sheet = page.getByRole("dialog", { name: question });
  await expect(sheet).toBeVisible();
  // Focus moved into the sheet and stays there.
  await expect(sheet.locator(":focus")).toHaveCount(1);
  await tabTo(page, sheet.getByLabel("Status"));
  await page.keyboard.type("Answered");
  await expect(sheet.getByLabel("Status")).toHaveValue("ANSWERED");
  await tabTo(page, sheet.getByLabel("Answer"));
  await page.keyboard.type("Who leads their delegation, and whether the vice-minister attends.");
  await tabTo(page, sheet.getByRole("button", { name: "Save answer" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Answer saved." })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const row = page.getByTestId("checklist-item").filter({ hasText: question });
  await expect(row.getByTestId("item-status")).toHaveText("Answered");

  await tabTo(page, page.getByRole("navigation", { name: "Readiness" }).getByRole("link", { name: /^Reviews/ }));
  await page.keyboard.press("Enter");
  await page.waitForURL(/tab=reviews/);
  await tabTo(page, page.getByLabel("Decision"));
  await page.keyboard.type("Go");
  await expect(page.getByLabel("Decision")).toHaveValue("GO");
  await tabTo(page, page.getByLabel("Rationale"));
  await page.keyboard.type("The open unknowns are answered well enough to meet.");
  await tabTo(page, page.getByRole("button", { name: "Record review" }));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("review-row")).toHaveCount(1);
  await expect(page.getByTestId("review-row")).toContainText("Go");
});

test("keyboard only: the account menu opens from its button before its code has loaded, and closes back onto it", async ({
  page,
  organization,
}) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  await signIn(page, owner);
  // The menu's code loads when someone reaches for it: no page load fetches it on its own.
  const menuChunks: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/_next/static/chunks/")) menuChunks.push(request.url());
  });
  await page.goto(`/o/${organization.slug}`);
  const trigger = page.getByRole("banner").getByRole("button", { name: owner.name });
  await expect(trigger).toBeEnabled();
  const loadedWithPage = menuChunks.length;

  await tabTo(page, trigger);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Account and security" })).toBeVisible();
  expect(menuChunks.length).toBeGreaterThan(loadedWithPage);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(page.getByRole("banner").getByRole("button", { name: owner.name })).toBeFocused();

  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeFocused();
});
