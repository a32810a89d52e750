import { test as base, expect, type Page } from "@playwright/test";
import type { Role } from "../lib/generated/prisma/enums";
import { createOrganizationFixture, TEST_PASSWORD, testDb } from "../lib/testing/fixtures";
import { fixtureDatabaseUrl } from "./database";

// The fixtures module Vitest uses, pointed at the end-to-end database.
process.env.PARLEY_FIXTURE_DATABASE_URL = fixtureDatabaseUrl();

export { testDb };

export type Person = { name: string; email: string; password: string; role: Role };
export type Organization = { slug: string; name: string; people: Person[] };

/**
 * Data for a spec, written straight into the end-to-end database and unique per run, so specs
 * never depend on each other or on the UI to set up. Everything is fictional.
 */
export async function createOrganization(roles: Role[] = ["OWNER"]): Promise<Organization> {
  const { organization, members } = await createOrganizationFixture("Skerry Institute", roles);
  const people = roles.map((role) => {
    const { user } = members[role];
    return { name: user.name, email: user.email, password: TEST_PASSWORD, role };
  });
  return { slug: organization.slug, name: organization.name, people };
}

/** Dialogues straight into the organization: `count` of them, titled "<prefix> 00", "<prefix> 01", … */
export async function createDialogues(
  slug: string,
  count: number,
  prefix: string,
  status: "PLANNING" | "EXPLORING" = "PLANNING",
) {
  const organization = await testDb.organization.findUniqueOrThrow({ where: { slug } });
  await testDb.dialogue.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      organizationId: organization.id,
      title: `${prefix} ${String(i).padStart(2, "0")}`,
      counterpart: "Republic of Eastmarch",
      status,
    })),
  });
}

export async function signIn(page: Page, person: { email: string; password: string; name: string }) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("banner").getByRole("button", { name: person.name })).toBeVisible();
}

export const test = base.extend<{ organization: Organization }, { database: undefined }>({
  // The fixtures' database connection closes when the worker ends.
  database: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
    async ({}, use) => {
      await use(undefined);
      await testDb.$disconnect();
    },
    { scope: "worker", auto: true },
  ],
  // A script error or a Content-Security-Policy violation fails the test, even where the page still looks right.
  page: async ({ page }, use) => {
    const errors: string[] = [];
    // The violation event says what was blocked and where, which the console message does not.
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (event) =>
        console.error(
          `CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} "${event.sample}"`,
        ),
      ),
    );
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy|CSP violation/i.test(message.text()))
        errors.push(message.text());
    });
    await use(page);
    expect(errors, "errors thrown in the browser").toEqual([]);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright's fixture signature
  organization: async ({}, use) => {
    await use(await createOrganization(["OWNER", "CONTRIBUTOR"]));
  },
});

export { expect };
