import { randomBytes } from "node:crypto";
import { expect, type Page, test } from "@playwright/test";

const run = randomBytes(4).toString("hex");
const owner = { name: "Linnea Sorvik", email: `linnea.${run}@example.test`, password: "fjord lantern orchard 7" };
const guest = { name: "Pavel Orlen", email: `pavel.${run}@example.test`, password: "saltmarsh compass 42x" };

async function signIn(page: Page, who: { email: string; password: string }) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function expectSignedInAs(page: Page, name: string) {
  await expect(page.getByRole("banner").getByRole("button", { name })).toBeVisible();
}

test("sign up, invite, accept, disable: the disabled member's open page is refused", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();

  await ownerPage.goto("/signup");
  await ownerPage.getByLabel("Your name").fill(owner.name);
  await ownerPage.getByLabel("Email").fill(owner.email);
  await ownerPage.getByLabel("Password").fill("password1234");
  await ownerPage.getByLabel("Your organization").fill(`Halvard Institute ${run}`);
  await ownerPage.getByRole("button", { name: "Create account and organization" }).click();
  await expect(ownerPage.locator("#field-password-error")).toHaveText(/too easy to guess/);
  await expect(ownerPage.getByLabel("Your name")).toHaveValue(owner.name);

  await ownerPage.getByLabel("Password").fill(owner.password);
  await ownerPage.getByRole("button", { name: "Create account and organization" }).click();
  await expect(ownerPage.getByRole("heading", { level: 1, name: `Halvard Institute ${run}` })).toBeVisible();
  // The header knows who signed up at once, and the empty board offers the first step.
  await expect(ownerPage.getByRole("banner").getByRole("button", { name: owner.name })).toBeVisible();
  await expect(ownerPage.getByText("No dialogues yet.")).toBeVisible();
  await expect(ownerPage.getByRole("main").getByRole("link", { name: "New dialogue" })).toBeVisible();
  const organizationUrl = new URL(ownerPage.url()).pathname;

  await ownerPage.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Members" }).click();
  await ownerPage.getByLabel("Email").fill(guest.email);
  await ownerPage.getByLabel("Role").selectOption("CONTRIBUTOR");
  await ownerPage.getByRole("button", { name: "Create invitation link" }).click();
  const inviteLink = await ownerPage.getByLabel("Invitation link").inputValue();
  expect(inviteLink).toMatch(/\/invite\/[\w-]{40,}$/);

  const guestContext = await browser.newContext();
  const guestPage = await guestContext.newPage();
  await guestPage.goto(inviteLink);
  await expect(guestPage.getByRole("heading", { name: `Join Halvard Institute ${run}` })).toBeVisible();
  await guestPage.getByLabel("Your name").fill(guest.name);
  await guestPage.getByLabel("Choose a password").fill(guest.password);
  await guestPage.getByRole("button", { name: "Create account and join" }).click();
  await expect(guestPage.getByText("You are contributor here.")).toBeVisible();

  await guestContext.clearCookies();
  await signIn(guestPage, guest);
  await expectSignedInAs(guestPage, guest.name);
  await guestPage.goto(`${organizationUrl}/members`);
  await expect(guestPage.getByText("You are contributor here.")).toBeVisible();

  await ownerPage.reload();
  await ownerPage.getByRole("button", { name: `Disable ${guest.name}` }).click();
  await expect(ownerPage.getByRole("button", { name: `Enable ${guest.name}` })).toBeVisible();

  // Their session ended: the open page now sends them to sign in.
  await guestPage.reload();
  await expect(guestPage).toHaveURL(/\/signin\?callbackUrl=/);
  await expect(guestPage.getByText("You are contributor here.")).toHaveCount(0);
  // Signing in again opens nothing of the organization.
  await signIn(guestPage, guest);
  await expectSignedInAs(guestPage, guest.name);
  await guestPage.goto(`${organizationUrl}/members`);
  await expect(guestPage.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(guestPage.getByText(owner.email)).toHaveCount(0);

  const audit = await ownerPage.goto(`${organizationUrl}/audit`);
  expect(audit?.status()).toBe(200);
  await expect(ownerPage.getByTestId("audit-row").filter({ hasText: "member.disabled" })).toHaveCount(1);
  await expect(ownerPage.getByTestId("audit-row").filter({ hasText: "invite.accepted" })).toHaveCount(1);
});

test("a failed sign-in says the same for an unknown email and a wrong password", async ({ page }) => {
  await signIn(page, { email: `nobody.${run}@example.test`, password: "whatever-it-is" });
  await expect(page.getByRole("status")).toHaveText("The email or password is incorrect.");
});

test("pages carry a nonce-based CSP and the hardening headers", async ({ request }) => {
  const response = await request.get("/signin");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  // Styles: the stylesheet, and inline only by this response's nonce or a known hash.
  expect(headers["content-security-policy"]).toMatch(
    /style-src 'self' 'nonce-[A-Za-z0-9+/=]+'( 'sha256-[A-Za-z0-9+/=]+')+;/,
  );
  expect(headers["content-security-policy"]).not.toContain("unsafe-inline");
  // Served over plain HTTP here, so no HSTS: it would strand a local install.
  expect(headers["strict-transport-security"]).toBeUndefined();
  const nonce = headers["content-security-policy"]?.match(/'nonce-([^']+)'/)?.[1];
  expect(await response.text()).toContain(`nonce="${nonce}"`);
});
