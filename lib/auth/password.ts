import { availableParallelism } from "node:os";
import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./limits";
import { passwordWeakness } from "./password-strength";

export { MIN_PASSWORD_LENGTH };

// argon2id (the library's default algorithm) with OWASP's minimum: 19 MiB, 2 passes, 1 lane.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(200, { error: "Use at most 200 characters." })
  .superRefine((password, context) => {
    const weakness = passwordWeakness(password);
    if (weakness) context.addIssue({ code: "custom", message: weakness });
  });

/**
 * At most this many argon2 computations run at once, on half the cores; a burst of sign-ins waits
 * its turn instead of starving every other request of CPU.
 */
export const HASH_CONCURRENCY = Math.max(1, Math.floor(availableParallelism() / 2));
let running = 0;
let peak = 0;
const waiting: (() => void)[] = [];

export async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  // A finishing computation hands its slot straight to the next in line, so none can jump the queue.
  if (running < HASH_CONCURRENCY) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  peak = Math.max(peak, running);
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** How many argon2 computations wait for a slot (for tests). */
export function hashesWaiting(): number {
  return waiting.length;
}

/** The most argon2 computations that have run at once since the last call (for tests). */
export function takePeakHashConcurrency(): number {
  const value = peak;
  peak = running;
  return value;
}

export function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => hash(password, ARGON2_OPTIONS));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await withHashSlot(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

/** A hash of nothing: verifying against it costs what a real check costs, so timing reveals no account. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword("parley-decoy-password-never-valid");
  return decoy;
}
