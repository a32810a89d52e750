import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { cache } from "react";
import { db } from "../db";
import { getEnv } from "../env";
import { sessionCookieName } from "./config";

export type CurrentUser = { id: string; email: string; name: string; twoFactorEnabled: boolean };

/**
 * The signed-in user, or null. The token's session version must match the database's on every
 * request, so a password change or "sign out everywhere" ends every session at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: getEnv().NEXTAUTH_SECRET }).catch(() => null);
  if (!token?.userId) return null;
  const user = await db.user.findUnique({
    where: { id: token.userId },
    select: { id: true, email: true, name: true, sessionVersion: true, twoFactorEnabledAt: true },
  });
  if (!user || user.sessionVersion !== token.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, twoFactorEnabled: user.twoFactorEnabledAt !== null };
});
