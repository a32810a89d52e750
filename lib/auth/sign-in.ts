import "server-only";
import { db } from "../db";
import { decoyHash, verifyPassword } from "./password";
import { blockedFor, clearFailures, limits, recordFailure, retryMessage } from "./rate-limit";
import { hashRecoveryCode, verifyTotp } from "./two-factor";

export type SignInUser = { id: string; email: string; name: string; sessionVersion: number };

export type SignInResult = { ok: true; user: SignInUser } | { ok: false; error: string };

/** The one answer for a wrong email or a wrong password, so neither reveals that an account exists. */
export const WRONG_CREDENTIALS = "The email or password is incorrect.";
/** The sign-in form asks for a code when it sees this. */
export const TWO_FACTOR_REQUIRED = "TWO_FACTOR_REQUIRED";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

async function checkSecondFactor(user: { id: string; totpSecret: string | null }, code: string): Promise<boolean> {
  if (user.totpSecret && verifyTotp(user.totpSecret, code)) return true;
  // A recovery code works once: marking it used is the same statement that checks it.
  const { count } = await db.recoveryCode.updateMany({
    where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}

/**
 * Password (and, when enrolled, second-factor) sign-in, rate-limited per account and per client
 * address in PostgreSQL. Failures count against both keys; a success clears the account's count.
 */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  code?: string;
  address: string;
}): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const blocked =
    (await blockedFor(limits.signInAccount, email)) ?? (await blockedFor(limits.signInAddress, input.address));
  if (blocked) return { ok: false, error: retryMessage(blocked) };

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      sessionVersion: true,
      passwordHash: true,
      totpSecret: true,
      twoFactorEnabledAt: true,
    },
  });
  // Unknown accounts are checked against a decoy hash, so the time taken does not reveal them.
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  const fail = async (error: string): Promise<SignInResult> => {
    await recordFailure(limits.signInAccount, email);
    await recordFailure(limits.signInAddress, input.address);
    return { ok: false, error };
  };
  if (!user?.passwordHash || !valid) return fail(WRONG_CREDENTIALS);

  if (user.twoFactorEnabledAt) {
    if (!input.code) return { ok: false, error: TWO_FACTOR_REQUIRED };
    if (!(await checkSecondFactor(user, input.code))) return fail("The authentication code is incorrect.");
  }
  await clearFailures(limits.signInAccount, email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
