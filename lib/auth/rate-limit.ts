import "server-only";
import type { Tx } from "../data-writes";
import { db } from "../db";
import { getEnv } from "../env";

/**
 * Fixed-window counters in PostgreSQL, so every app server shares them. A key counts attempts;
 * once it reaches its limit it stays blocked until its window ends.
 */
export type Limit = { prefix: string; points: number; windowMs: number };

const MINUTE = 60_000;
const WINDOW_MS = 15 * MINUTE;

export const limits = {
  /** Failed sign-ins from browsers this account has never signed in from. */
  signInAccount: { prefix: "signin:account", points: getEnv().SIGNIN_LIMIT_ACCOUNT, windowMs: WINDOW_MS },
  /** A browser the account signed in from before keeps an allowance of its own (lib/auth/sign-in.ts). */
  signInDevice: { prefix: "signin:device", points: getEnv().SIGNIN_LIMIT_ACCOUNT, windowMs: WINDOW_MS },
  signInAddress: { prefix: "signin:address", points: getEnv().SIGNIN_LIMIT_ADDRESS, windowMs: WINDOW_MS },
  inviteAddress: { prefix: "invite:address", points: getEnv().INVITE_LIMIT_ADDRESS, windowMs: WINDOW_MS },
  // Every sign-up counts, not only failed ones: each creates an organization.
  signUpAddress: { prefix: "signup:address", points: getEnv().SIGNUP_LIMIT_ADDRESS, windowMs: 60 * MINUTE },
  // Every invitation counts: each is a link that can be sent to anyone.
  inviteOrganization: {
    prefix: "invite:organization",
    points: getEnv().INVITE_CREATE_LIMIT,
    windowMs: 24 * 60 * MINUTE,
  },
  inviteMember: { prefix: "invite:member", points: getEnv().INVITE_CREATE_LIMIT, windowMs: 24 * 60 * MINUTE },
} satisfies Record<string, Limit>;

export type Blocked = { retryAfterMs: number };

type Client = Pick<Tx, "rateLimit" | "$executeRaw">;

/** The time left before `key` may try again, or null when it is not blocked. */
export async function blockedFor(limit: Limit, key: string, client: Client = db): Promise<Blocked | null> {
  const row = await client.rateLimit.findUnique({ where: { key: `${limit.prefix}:${key}` } });
  if (!row || row.expiresAt <= new Date() || row.points < limit.points) return null;
  return { retryAfterMs: row.expiresAt.getTime() - Date.now() };
}

/** Counts one attempt, atomically, and starts a new window when the last one has ended. */
export async function recordFailure(limit: Limit, key: string, client: Client = db): Promise<void> {
  const id = `${limit.prefix}:${key}`;
  const windowEnd = new Date(Date.now() + limit.windowMs);
  await client.$executeRaw`
    INSERT INTO "RateLimit" ("key", "points", "expiresAt") VALUES (${id}, 1, ${windowEnd})
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimit"."expiresAt" <= now() THEN 1 ELSE "RateLimit"."points" + 1 END,
      "expiresAt" = CASE WHEN "RateLimit"."expiresAt" <= now() THEN ${windowEnd} ELSE "RateLimit"."expiresAt" END`;
}

/** For limits on every attempt, not only failures: blocked, or counted and let through. */
export async function consume(limit: Limit, key: string, client: Client = db): Promise<Blocked | null> {
  const blocked = await blockedFor(limit, key, client);
  if (!blocked) await recordFailure(limit, key, client);
  return blocked;
}

export async function clearFailures(limit: Limit, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: `${limit.prefix}:${key}` } });
}

/** The answer an action gives when a limit stops it. */
export const rateLimited = (blocked: Blocked) =>
  ({ ok: false, reason: "RATE_LIMITED", message: retryMessage(blocked) }) as const;

export function retryMessage(blocked: Blocked): string {
  const minutes = Math.max(1, Math.ceil(blocked.retryAfterMs / 60_000));
  if (minutes > 90) {
    const hours = Math.ceil(minutes / 60);
    return `Too many attempts. Try again in ${hours} hours.`;
  }
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
