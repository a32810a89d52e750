import { createOrganization, expect, signIn, test, testDb } from "./fixtures";

/** Regression journeys for the authentication holes an outside probe found (issue 7), over real HTTP. */

test("signing out ends the session on the server: replaying the old cookie opens nothing", async ({ browser }) => {
  const organization = await createOrganization(["CONVENER"]);
  const [person] = organization.people;
  if (!person) throw new Error("fixture without a person");
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, person);
  await page.goto(`/o/${organization.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: organization.name })).toBeVisible();
  const stolen = await context.cookies();

  await page.getByRole("banner").getByRole("button", { name: person.name }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin$/);

  const replay = await browser.newContext();
  await replay.addCookies(stolen);
  const attacker = await replay.newPage();
  await attacker.goto(`/o/${organization.slug}`);
  await expect(attacker).toHaveURL(/\/signin\?callbackUrl=/);
  // next-auth's own endpoint neither renews the old cookie nor tells whose it was.
  const session = await replay.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  expect(session.headers()["set-cookie"] ?? "").not.toContain(person.email);
  await replay.close();
  await context.close();
});

test("the account page lists this device and can sign out everywhere", async ({ browser }) => {
  const organization = await createOrganization(["VIEWER"]);
  const [person] = organization.people;
  if (!person) throw new Error("fixture without a person");
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await signIn(laptopPage, person);
  await signIn(phonePage, person);

  await laptopPage.goto("/account");
  await expect(laptopPage.getByTestId("sign-ins").getByRole("listitem")).toHaveCount(2);
  await expect(laptopPage.getByTestId("sign-ins")).toContainText("(this device)");
  await laptopPage.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptopPage).toHaveURL(/\/signin$/);
  await phonePage.goto(`/o/${organization.slug}`);
  await expect(phonePage).toHaveURL(/\/signin\?callbackUrl=/);
  await laptop.close();
  await phone.close();
});

for (const hostile of ["/%5Cevil.example/", "/%09/evil.example/"]) {
  test(`a sign-in with callbackUrl=${hostile} stays on Parley`, async ({ page }) => {
    const organization = await createOrganization(["VIEWER"]);
    const [person] = organization.people;
    if (!person) throw new Error("fixture without a person");
    await page.goto(`/signin?callbackUrl=${hostile}`);
    await page.getByLabel("Email").fill(person.email);
    await page.getByLabel("Password").fill(person.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("banner").getByRole("button", { name: person.name })).toBeVisible();
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL ?? "").host);
  });
}

test("someone with an account accepts an invitation by signing in normally, never on the invitation page", async ({
  browser,
}) => {
  const host = await createOrganization(["OWNER"]);
  const elsewhere = await createOrganization(["CONVENER"]);
  const [owner] = host.people;
  const [guest] = elsewhere.people;
  if (!owner || !guest) throw new Error("fixture without people");

  const ownerPage = await (await browser.newContext()).newPage();
  await signIn(ownerPage, owner);
  await ownerPage.goto(`/o/${host.slug}/members`);
  await ownerPage.getByLabel("Email").fill(guest.email);
  await ownerPage.getByLabel("Role").selectOption("CONTRIBUTOR");
  await ownerPage.getByRole("button", { name: "Create invitation link" }).click();
  const link = await ownerPage.getByLabel("Invitation link").inputValue();

  const guestContext = await browser.newContext();
  const guestPage = await guestContext.newPage();
  await guestPage.goto(link);
  // The same page as for a new person: no password field for an existing account.
  await expect(guestPage.getByLabel("Choose a password")).toBeVisible();
  await expect(guestPage.getByRole("button", { name: "Join with my account" })).toHaveCount(0);
  await guestPage.getByRole("link", { name: "Sign in to accept" }).click();
  await guestPage.getByLabel("Email").fill(guest.email);
  await guestPage.getByLabel("Password").fill(guest.password);
  await guestPage.getByRole("button", { name: "Sign in" }).click();
  await expect(guestPage).toHaveURL(/\/invite\//);
  await guestPage.getByRole("button", { name: "Accept and join" }).click();
  await expect(guestPage.getByRole("heading", { level: 1, name: host.name })).toBeVisible();
  // Now a member of two organizations, the guest can switch between them.
  await guestPage.getByRole("button", { name: "Switch organization" }).click();
  // Both fixtures share a name; the menu tells them apart by address, and marks the current one.
  const current = guestPage.locator('[role="menuitem"][aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveAttribute("href", `/o/${host.slug}`);
  await guestPage.locator(`[role="menuitem"][href="/o/${elsewhere.slug}"]`).click();
  await expect(guestPage.getByRole("heading", { level: 1, name: elsewhere.name })).toBeVisible();
  await guestContext.close();
});

test("X-Forwarded-For written by the client does not change its rate-limit key", async ({ playwright, baseURL }) => {
  const client = await playwright.request.newContext({ baseURL });
  const key = "signin:address:127.0.0.1";
  await testDb.rateLimit.deleteMany({ where: { key } });
  try {
    const attempt = async (n: number) => {
      const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
      const response = await client.post("/api/auth/callback/credentials", {
        headers: { "X-Forwarded-For": `198.51.100.${n}` },
        form: { csrfToken, email: `nobody-${n}@example.test`, password: "not a password at all", json: "true" },
      });
      return decodeURIComponent(String((await response.json()).url));
    };
    for (let n = 1; n <= 20; n++) expect(await attempt(n)).toContain("The email or password is incorrect.");
    expect(await attempt(21)).toContain("Too many attempts.");
    const row = await testDb.rateLimit.findUnique({ where: { key } });
    expect(row?.points).toBe(20);
  } finally {
    // The other specs sign in from this same address.
    await testDb.rateLimit.deleteMany({ where: { key } });
    await client.dispose();
  }
});

test("a NUL or other control character in a URL is refused with a message or a not-found, never a 500", async ({
  page,
}) => {
  const organization = await createOrganization(["OWNER"]);
  const [owner] = organization.people;
  if (!owner) throw new Error("fixture without a person");
  await signIn(page, owner);
  const search = await page.goto(`/o/${organization.slug}/dialogues?q=%00`);
  expect(search?.status()).toBe(200);
  await expect(page.locator("#search-error")).toHaveText("Remove the control characters (such as NUL) from this text.");
  const audit = await page.goto(`/o/${organization.slug}/audit?cursor=%00&actor=%00&entity=%00&from=%00`);
  expect(audit?.status()).toBe(200);
  for (const path of [
    "/o/%00",
    `/o/${organization.slug}/dialogues/%00`,
    `/o/${organization.slug}/dialogues/a%00b/readiness`,
  ]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  const calendar = await page.request.get(`/o/${organization.slug}/dialogues/%00/sessions/%00/calendar`);
  expect(calendar.status()).toBe(404);
});
