import "server-only";
import type { MemberContext } from "../auth/member";
import { Refusal, type Tx, versionedUpdate } from "../data-writes";
import { db } from "../db";

const SLUG_MAX = 40;

export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, "");
  return slug || "organization";
}

/** A free slug for a new organization: the name's slug, or it with the lowest free number. */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (row) => row.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A new organization with `userId` as its first owner. */
export async function createOrganization(tx: Tx, userId: string, name: string) {
  const organization = await tx.organization.create({
    data: { name, slug: await freeSlug(tx, name) },
    select: { id: true, slug: true, name: true },
  });
  await tx.member.create({ data: { organizationId: organization.id, userId, role: "OWNER" } });
  return organization;
}

export async function listMyOrganizations(userId: string) {
  const rows = await db.member.findMany({
    where: { userId, status: "ACTIVE" },
    orderBy: { organization: { name: "asc" } },
    select: { role: true, organization: { select: { slug: true, name: true } } },
  });
  return rows.map((row) => ({ ...row.organization, role: row.role }));
}

const settingsSelect = {
  id: true,
  name: true,
  slug: true,
  requireTwoFactor: true,
  screeningLists: true,
  version: true,
} as const;

export async function getOrganizationSettings(context: MemberContext) {
  return db.organization.findUnique({ where: { id: context.organizationId }, select: settingsSelect });
}

export const TWO_FACTOR_FIRST =
  "Set up two-factor sign-in on your own account first; then you can require it of everyone.";

/**
 * Organization settings. An owner without two-factor cannot turn the requirement on: it would
 * shut them out of the very page that turns it off, so they are sent to enrol first.
 */
export async function updateOrganization(
  tx: Tx,
  context: { organizationId: string; user: { twoFactorEnabled: boolean } },
  changes: { name: string; requireTwoFactor: boolean; version: number; screeningLists?: string[] },
) {
  const { organizationId } = context;
  const load = () => tx.organization.findUnique({ where: { id: organizationId }, select: settingsSelect });
  const before = await load();
  if (changes.requireTwoFactor && !before?.requireTwoFactor && !context.user.twoFactorEnabled) {
    throw new Refusal("TWO_FACTOR_FIRST", "Two-factor sign-in is not set up on your account yet.", {
      requireTwoFactor: [TWO_FACTOR_FIRST],
    });
  }
  const after = await versionedUpdate(
    before,
    changes.version,
    () =>
      tx.organization.updateMany({
        where: { id: organizationId, version: changes.version },
        data: {
          name: changes.name,
          requireTwoFactor: changes.requireTwoFactor,
          ...(changes.screeningLists ? { screeningLists: changes.screeningLists } : {}),
          version: { increment: 1 },
        },
      }),
    load,
  );
  return { before, after };
}
