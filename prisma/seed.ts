import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword } from "../lib/auth/password";
import { PrismaClient } from "../lib/generated/prisma/client";
import { connect, SetupError } from "./connection";
import { seedDemoDialogue } from "./demo-dialogue";
import { seedDemoInterlocutors } from "./demo-interlocutors";
import { seedDemoReadiness } from "./demo-readiness";
import { type Scale, scaleAccounts, scales, seedScale } from "./scale-seed";

/**
 * Demo data. Every institution and person here is invented; never put a real official's name in
 * this file. Idempotent: running it twice changes nothing.
 */
export const demoOrganization = { slug: "nordlys", name: "Nordlys Institute for Peninsula Dialogue (demo)" };

const demoUsers = [
  { email: "astrid.vale@nordlys.example", name: "Astrid Vale", role: "OWNER" },
  { email: "tomas.reyk@nordlys.example", name: "Tomas Reyk", role: "CONVENER" },
  { email: "mira.holt@nordlys.example", name: "Mira Holt", role: "CONTRIBUTOR" },
] as const;

/**
 * Seeds the demo and returns the demo accounts' password, made afresh for each installation so
 * no two share it. Users that already exist keep theirs.
 */
export async function seed(url: string): Promise<{ email: string; password: string }> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const password = `demo-${randomBytes(9).toString("base64url")}`;
  const passwordHash = await hashPassword(password);
  try {
    const organization = await db.organization.upsert({
      where: { slug: demoOrganization.slug },
      update: {},
      create: demoOrganization,
    });
    for (const { role, ...user } of demoUsers) {
      const row = await db.user.upsert({ where: { email: user.email }, update: {}, create: { ...user, passwordHash } });
      await db.member.upsert({
        where: { organizationId_userId: { organizationId: organization.id, userId: row.id } },
        update: {},
        create: { organizationId: organization.id, userId: row.id, role },
      });
    }
    await seedDemoDialogue(db, organization.id);
    await seedDemoInterlocutors(db, organization.id);
    await seedDemoReadiness(db, organization.id);
    return { email: demoUsers[0].email, password };
  } finally {
    await db.$disconnect();
  }
}

/**
 * `--scale small|medium|large`: the benchmark's generated data (prisma/scale-seed.ts), into an empty
 * migrated database. Every account's password is PARLEY_SEED_PASSWORD, or a new one printed here.
 */
async function seedAtScale(url: string, scale: string | undefined): Promise<void> {
  if (!scale || !(scale in scales))
    throw new SetupError(`--scale takes one of ${Object.keys(scales).join(", ")}: for example --scale small.`);
  const password = process.env.PARLEY_SEED_PASSWORD ?? `scale-${randomBytes(9).toString("base64url")}`;
  const client = await connect(url);
  try {
    await seedScale(client, scale as Scale, await hashPassword(password));
  } finally {
    await client.end();
  }
  console.log(`Sign in as ${scaleAccounts.owner} or ${scaleAccounts.convener} with ${password}`);
}

/** True once any organization exists: the launcher seeds only an empty database. */
export async function isEmpty(url: string): Promise<boolean> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    return (await db.organization.count()) === 0;
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.filename === process.argv[1]) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL is not set: point it at the database to seed (npm start seeds the embedded one itself).",
    );
    process.exit(1);
  }
  try {
    const scaleAt = process.argv.indexOf("--scale");
    if (scaleAt !== -1) {
      await seedAtScale(url, process.argv[scaleAt + 1]);
      process.exit(0);
    }
    const demo = await seed(url);
    console.log(
      `Seeded the demo organization "${demoOrganization.name}". New demo accounts sign in as ${demo.email} with ${demo.password}.`,
    );
  } catch (error) {
    console.error(error instanceof SetupError ? error.message : error);
    process.exit(1);
  }
}
