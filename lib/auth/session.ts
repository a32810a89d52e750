import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { cache } from "react";
import { getEnv } from "../env";
import { sessionCookieName } from "./config";
import { liveSignIn } from "./sign-ins";

export type CurrentUser = { id: string; email: string; name: string; twoFactorEnabled: boolean; signInId: string };

/**
 * The signed-in user, or null. The token only names a sign-in record; that record must still be
 * live in the database on every request, so sign-out, "sign out everywhere", a new password or a
 * disabled membership ends the session at once, and idle or old sessions end on their own.
 */
/**
 * What the session cookie claims, decoded but not yet checked against the database: the sign-in
 * it names and its user. Only for starting reads early; getCurrentUser decides who is signed in.
 */
export const sessionClaim = cache(async (): Promise<{ signInId: string; userId: string } | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: getEnv().NEXTAUTH_SECRET }).catch(() => null);
  if (typeof token?.signInId !== "string" || typeof token.userId !== "string") return null;
  return { signInId: token.signInId, userId: token.userId };
});

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claim = await sessionClaim();
  if (!claim) return null;
  const live = await liveSignIn(claim.signInId);
  if (!live || live.user.id !== claim.userId) return null;
  return { ...live.user, signInId: live.signInId };
});
