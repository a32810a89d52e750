import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { SetupError } from "./connection";

/**
 * Demo data. Every institution and person here is invented; never put a real official's name in
 * this file. Idempotent: running it twice changes nothing.
 */
export const demoOrganization = { slug: "nordlys", name: "Nordlys Institute for Peninsula Dialogue (demo)" };

const demoUsers = [
  { email: "astrid.vale@nordlys.example", name: "Astrid Vale" },
  { email: "tomas.reyk@nordlys.example", name: "Tomas Reyk" },
];

export async function seed(url: string): Promise<void> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await db.organization.upsert({ where: { slug: demoOrganization.slug }, update: {}, create: demoOrganization });
    for (const user of demoUsers) {
      await db.user.upsert({ where: { email: user.email }, update: {}, create: user });
    }
  } finally {
    await db.$disconnect();
  }
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
    await seed(url);
    console.log(`Seeded the demo organization "${demoOrganization.name}".`);
  } catch (error) {
    console.error(error instanceof SetupError ? error.message : error);
    process.exit(1);
  }
}
