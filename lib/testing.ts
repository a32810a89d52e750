import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { encode } from "next-auth/jwt";
import { sessionCookieName } from "./auth/config";
import { hashPassword } from "./auth/password";
import { PrismaClient } from "./generated/prisma/client";
import type { Role } from "./generated/prisma/enums";

/**
 * Test support for Vitest (never imported by the app). Next.js has no request outside a server, so
 * the setup file stands in `next/headers` with this request: a real signed session cookie, made
 * exactly as next-auth makes one, and a client address.
 */
export const request: { cookies: Map<string, string>; headers: Map<string, string> } = {
  cookies: new Map(),
  headers: new Map(),
};

/** A Prisma client of the tests' own, for fixtures and for checking what a write left behind. */
export const testDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "" }) });

export async function actAs(user: { id: string } | null, address = "203.0.113.7"): Promise<void> {
  request.cookies.clear();
  request.headers.set("x-forwarded-for", address);
  if (!user) return;
  const { sessionVersion } = await testDb.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { sessionVersion: true },
  });
  const token = await encode({
    token: { userId: user.id, sessionVersion },
    secret: process.env.NEXTAUTH_SECRET ?? "",
  });
  request.cookies.set(sessionCookieName(), token);
}

export const unique = (label: string) => `${label}-${randomBytes(4).toString("hex")}`;

export const TEST_PASSWORD = "fixture-password-0f-length";
let passwordHash: Promise<string> | undefined;

export async function createUser(name: string) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return testDb.user.create({
    data: {
      name,
      email: `${unique(name.toLowerCase().replace(/\W+/g, "."))}@example.test`,
      passwordHash: await passwordHash,
    },
    select: { id: true, email: true, name: true },
  });
}

export type OrganizationFixture = Awaited<ReturnType<typeof createOrganizationFixture>>;

/** A fictional organization with one active member per role. */
export async function createOrganizationFixture(label = "Institute") {
  const organization = await testDb.organization.create({
    data: { slug: unique(label.toLowerCase()), name: `${label} (test)` },
    select: { id: true, slug: true, name: true, version: true },
  });
  const members = {} as Record<Role, { id: string; userId: string; user: { id: string; email: string; name: string } }>;
  for (const role of ["OWNER", "CONVENER", "CONTRIBUTOR", "VIEWER"] as const) {
    const user = await createUser(`${label} ${role.toLowerCase()}`);
    const member = await testDb.member.create({
      data: { organizationId: organization.id, userId: user.id, role },
      select: { id: true, userId: true },
    });
    members[role] = { ...member, user };
  }
  return { organization, members };
}

export async function auditCount(organizationId: string | null) {
  return testDb.auditEvent.count({ where: { organizationId } });
}
