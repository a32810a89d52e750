import "server-only";
import { cache } from "react";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";
import { type CurrentUser, getCurrentUser, sessionClaim } from "./session";

export type MemberContext = {
  user: CurrentUser;
  memberId: string;
  role: Role;
  organizationId: string;
  organizationSlug: string;
  organizationName: string;
  /** False when the organization requires two-factor sign-in and this member has not enrolled. */
  twoFactorSatisfied: boolean;
};

/**
 * The signed-in user's active membership of the organization the URL names, from the database.
 * The slug only says which organization is meant; the membership row decides access.
 */
export const getMemberContext = cache(async (organizationSlug: string): Promise<MemberContext | null> => {
  // A slug no organization could have (a NUL, say) is simply not found, never a database error.
  if (!/^[a-z0-9-]{1,64}$/.test(organizationSlug)) return null;
  const claim = await sessionClaim();
  if (!claim) return null;
  // One round trip: the sign-in is checked while the membership of the user it claims is read, in
  // one statement with its organization; the membership counts only if the sign-in proves that user.
  const [user, rows] = await Promise.all([
    getCurrentUser(),
    db.$queryRaw<MembershipRow[]>`
      SELECT m.id AS "memberId", m.role::text AS role, o.id AS "organizationId", o.slug, o.name, o."requireTwoFactor"
      FROM "Member" m JOIN "Organization" o ON o.id = m."organizationId"
      WHERE m."userId" = ${claim.userId} AND m.status = 'ACTIVE' AND o.slug = ${organizationSlug}
      LIMIT 1`,
  ]);
  const member = rows[0];
  if (!user || user.id !== claim.userId || !member) return null;
  return {
    user,
    memberId: member.memberId,
    role: member.role,
    organizationId: member.organizationId,
    organizationSlug: member.slug,
    organizationName: member.name,
    twoFactorSatisfied: !member.requireTwoFactor || user.twoFactorEnabled,
  };
});

type MembershipRow = {
  memberId: string;
  role: Role;
  organizationId: string;
  slug: string;
  name: string;
  requireTwoFactor: boolean;
};
