import "server-only";
import { db } from "../db";
import { getEnv } from "../env";

/**
 * Fixed-window counters in PostgreSQL, so every app server shares them. A key counts failures;
 * once it reaches its limit it stays blocked until its window ends.
 */
export type Limit = { prefix: string; points: number; windowMs: number };

const WINDOW_MS = 15 * 60_000;

export const limits = {
  signInAccount: { prefix: "signin:account", points: getEnv().SIGNIN_LIMIT_ACCOUNT, windowMs: WINDOW_MS },
  signInAddress: { prefix: "signin:address", points: getEnv().SIGNIN_LIMIT_ADDRESS, windowMs: WINDOW_MS },
  inviteAddress: { prefix: "invite:address", points: getEnv().INVITE_LIMIT_ADDRESS, windowMs: WINDOW_MS },
  // Every sign-up counts, not only failed ones: each creates an organization.
  signUpAddress: { prefix: "signup:address", points: getEnv().SIGNUP_LIMIT_ADDRESS, windowMs: 60 * 60_000 },
} satisfies Record<string, Limit>;

export type Blocked = { retryAfterMs: number };

/** The time left before `key` may try again, or null when it is not blocked. */
export async function blockedFor(limit: Limit, key: string): Promise<Blocked | null> {
  const row = await db.rateLimit.findUnique({ where: { key: `${limit.prefix}:${key}` } });
  if (!row || row.expiresAt <= new Date() || row.points < limit.points) return null;
  return { retryAfterMs: row.expiresAt.getTime() - Date.now() };
}

/** Counts one failure, atomically, and starts a new window when the last one has ended. */
export async function recordFailure(limit: Limit, key: string): Promise<void> {
  const id = `${limit.prefix}:${key}`;
  const windowEnd = new Date(Date.now() + limit.windowMs);
  await db.$executeRaw`
    INSERT INTO "RateLimit" ("key", "points", "expiresAt") VALUES (${id}, 1, ${windowEnd})
    ON CONFLICT ("key") DO UPDATE SET
      "points" = CASE WHEN "RateLimit"."expiresAt" <= now() THEN 1 ELSE "RateLimit"."points" + 1 END,
      "expiresAt" = CASE WHEN "RateLimit"."expiresAt" <= now() THEN ${windowEnd} ELSE "RateLimit"."expiresAt" END`;
}

export async function clearFailures(limit: Limit, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: `${limit.prefix}:${key}` } });
}

export function retryMessage(blocked: Blocked): string {
  const minutes = Math.max(1, Math.ceil(blocked.retryAfterMs / 60_000));
  return `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** The client's address as the proxy in front (or Next.js itself) reports it. */
export function clientAddress(forwardedFor: string | null | undefined): string {
  return forwardedFor?.split(",")[0]?.trim() || "unknown";
}
