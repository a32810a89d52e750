import "server-only";
import { cache } from "react";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";
import { type CurrentUser, getCurrentUser } from "./session";

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
  const user = await getCurrentUser();
  if (!user) return null;
  const member = await db.member.findFirst({
    where: { userId: user.id, status: "ACTIVE", organization: { slug: organizationSlug } },
    select: {
      id: true,
      role: true,
      organization: { select: { id: true, slug: true, name: true, requireTwoFactor: true } },
    },
  });
  if (!member) return null;
  return {
    user,
    memberId: member.id,
    role: member.role,
    organizationId: member.organization.id,
    organizationSlug: member.organization.slug,
    organizationName: member.organization.name,
    twoFactorSatisfied: !member.organization.requireTwoFactor || user.twoFactorEnabled,
  };
});
