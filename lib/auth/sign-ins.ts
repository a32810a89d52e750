import "server-only";
import type { Tx } from "../data-writes";
import { db } from "../db";
import { sessionIdleMs, sessionLifetimeMs } from "./config";

type Client = Pick<Tx, "signIn"> | Pick<typeof db, "signIn">;

/** lastSeenAt is written at most this often, so a busy page costs no write per request. */
const TOUCH_EVERY_MS = 60_000;

export type LiveSignIn = {
  signInId: string;
  user: { id: string; email: string; name: string; twoFactorEnabled: boolean };
};

/** Opens the record a new session token will carry the id of. */
export async function startSignIn(userId: string, from: { userAgent: string; address: string }): Promise<string> {
  const row = await db.signIn.create({
    data: {
      userId,
      userAgent: from.userAgent.slice(0, 500),
      address: from.address.slice(0, 100),
      expiresAt: new Date(Date.now() + sessionLifetimeMs()),
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * The sign-in and its user, while it is neither revoked, nor idle past the idle timeout, nor past
 * its absolute lifetime; else null. Seeing it live counts as activity.
 */
export async function liveSignIn(signInId: string): Promise<LiveSignIn | null> {
  const row = await db.signIn.findUnique({
    where: { id: signInId },
    select: {
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, twoFactorEnabledAt: true } },
    },
  });
  const now = Date.now();
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + sessionIdleMs() <= now) {
    return null;
  }
  if (now - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.signIn.updateMany({ where: { id: signInId, revokedAt: null }, data: { lastSeenAt: new Date(now) } });
  }
  const { user } = row;
  return {
    signInId,
    user: { id: user.id, email: user.email, name: user.name, twoFactorEnabled: user.twoFactorEnabledAt !== null },
  };
}

/** Ends one sign-in of this user; false when there is no such live sign-in. */
export async function revokeSignIn(client: Client, userId: string, signInId: string): Promise<boolean> {
  const { count } = await client.signIn.updateMany({
    where: { id: signInId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}

/** Ends every sign-in of this user: a new password, "sign out everywhere", a disabled or removed member. */
export async function endSignIns(client: Client, userId: string): Promise<number> {
  const { count } = await client.signIn.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** This user's sign-ins that are still live, most recently used first. */
export async function listSignIns(userId: string) {
  const now = Date.now();
  return db.signIn.findMany({
    where: {
      userId,
      revokedAt: null,
      expiresAt: { gt: new Date(now) },
      lastSeenAt: { gt: new Date(now - sessionIdleMs()) },
    },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
    select: { id: true, userAgent: true, address: true, createdAt: true, lastSeenAt: true, expiresAt: true },
  });
}

/** "Firefox on Windows" from a user agent: enough to recognise one's own devices, no library needed. */
export function describeDevice(userAgent: string): string {
  const browser =
    [
      [/Edg\//, "Edge"],
      [/OPR\//, "Opera"],
      [/Firefox\//, "Firefox"],
      [/Chrom(e|ium)\//, "Chrome"],
      [/Safari\//, "Safari"],
      [/curl\//, "curl"],
    ].find(([pattern]) => (pattern as RegExp).test(userAgent))?.[1] ?? "A browser";
  const system =
    [
      [/Android/, "Android"],
      [/iPhone|iPad|iOS/, "iOS"],
      [/Windows/, "Windows"],
      [/Mac OS X|Macintosh/, "macOS"],
      [/CrOS/, "ChromeOS"],
      [/Linux/, "Linux"],
    ].find(([pattern]) => (pattern as RegExp).test(userAgent))?.[1] ?? null;
  return system ? `${browser} on ${system}` : String(browser);
}
