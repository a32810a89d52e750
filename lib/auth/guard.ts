import "server-only";
import { notFound, redirect } from "next/navigation";
import { can, type Permission } from "../authz";
import { getMemberContext, type MemberContext } from "./member";
import { getCurrentUser } from "./session";

export async function requireUser(callbackUrl: string) {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}

/**
 * For pages: the member's context, or the sign-in page, or "not found" for anyone who is not an
 * active member (so a stranger cannot tell the organization exists), or "not found" for a role
 * without the permission.
 */
export async function requireMember(organizationSlug: string, permission?: Permission): Promise<MemberContext> {
  const context = await getMemberContext(organizationSlug);
  if (!context) {
    // The sign-in was already read (and cached) with the membership: this costs no second query.
    await requireUser(`/o/${organizationSlug}`);
    notFound();
  }
  if (!context.twoFactorSatisfied)
    redirect(`/account?twoFactorRequiredBy=${encodeURIComponent(context.organizationName)}`);
  if (permission && !can(context.role, permission)) notFound();
  return context;
}
