import { randomBytes } from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword } from "../lib/auth/password";
import { PrismaClient } from "../lib/generated/prisma/client";
import type { Role } from "../lib/generated/prisma/enums";
import { fixtureDatabaseUrl } from "./database";

export type Person = { name: string; email: string; password: string; role: Role };
export type Organization = { slug: string; name: string; people: Person[] };

/**
 * Data for a spec, written straight into the end-to-end database and unique per run, so specs
 * never depend on each other or on the UI to set up. Everything is fictional.
 */
export async function createOrganization(roles: Role[] = ["OWNER"]): Promise<Organization> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: fixtureDatabaseUrl() }) });
  const run = randomBytes(4).toString("hex");
  const password = `fixture passphrase ${run}`;
  const passwordHash = await hashPassword(password);
  try {
    const organization = await db.organization.create({
      data: { slug: `skerry-${run}`, name: `Skerry Institute ${run}` },
    });
    const people: Person[] = [];
    for (const [index, role] of roles.entries()) {
      const person = {
        name: `Fixture ${role.toLowerCase()} ${run}`,
        email: `p${index}.${run}@example.test`,
        password,
        role,
      };
      const user = await db.user.create({ data: { name: person.name, email: person.email, passwordHash } });
      await db.member.create({ data: { organizationId: organization.id, userId: user.id, role } });
      people.push(person);
    }
    return { slug: organization.slug, name: organization.name, people };
  } finally {
    await db.$disconnect();
  }
}

/** Dialogues straight into the organization: `count` of them, titled "<prefix> 00", "<prefix> 01", … */
export async function createDialogues(
  slug: string,
  count: number,
  prefix: string,
  status: "PLANNING" | "EXPLORING" = "PLANNING",
) {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: fixtureDatabaseUrl() }) });
  try {
    const organization = await db.organization.findUniqueOrThrow({ where: { slug } });
    await db.dialogue.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        organizationId: organization.id,
        title: `${prefix} ${String(i).padStart(2, "0")}`,
        counterpart: "Republic of Eastmarch",
        status,
      })),
    });
  } finally {
    await db.$disconnect();
  }
}

/** Straight into the end-to-end database, for checks a page cannot show (rate-limit counters). */
export async function withDatabase<T>(work: (db: PrismaClient) => Promise<T>): Promise<T> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: fixtureDatabaseUrl() }) });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

export async function signIn(page: Page, person: { email: string; password: string; name: string }) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: person.name })).toBeVisible();
}

export const test = base.extend<{ organization: Organization }>({
  // A script error or a Content-Security-Policy violation fails the test, even where the page still looks right.
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) errors.push(message.text());
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
