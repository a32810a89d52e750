import { expect, test } from "@playwright/test";

test("the home page renders the shell and what Parley is for", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle("Parley");
  await expect(page.getByRole("banner").getByRole("link", { name: "Parley" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A planning desk for Track 1.5 dialogues");
  await expect(page.getByRole("heading", { name: "Review readiness" })).toBeVisible();
});

test("the health check answers 200 with the database reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
});
