import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import { hasControlCharacters } from "../form-values";
import { decoyHash, verifyPassword } from "./password";
import { blockedFor, clearFailures, type Limit, limits, recordFailure, retryMessage } from "./rate-limit";
import { startSignIn } from "./sign-ins";
import { hashRecoveryCode, totpStep } from "./two-factor";

export type SignInUser = { id: string; email: string; name: string; signInId: string };

export type SignInResult =
  | {
      ok: true;
      user: SignInUser;
      /** A new device cookie to set, when the browser had none. */
      deviceToken?: string;
    }
  | { ok: false; error: string };

/** The one answer for a wrong email or a wrong password, so neither reveals that an account exists. */
export const WRONG_CREDENTIALS = "The email or password is incorrect.";
/** The sign-in form asks for a code when it sees this. */
export const TWO_FACTOR_REQUIRED = "TWO_FACTOR_REQUIRED";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const hashDeviceToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A TOTP code of a step after the last one accepted (claimed in the same statement), or an unused recovery code. */
async function checkSecondFactor(user: { id: string; totpSecret: string | null }, code: string): Promise<boolean> {
  const step = user.totpSecret ? totpStep(user.totpSecret, code) : null;
  if (step !== null) {
    const { count } = await db.user.updateMany({
      where: { id: user.id, OR: [{ lastTotpStep: null }, { lastTotpStep: { lt: step } }] },
      data: { lastTotpStep: step },
    });
    return count === 1;
  }
  const { count } = await db.recoveryCode.updateMany({
    where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: new Date() },
  });
  return count === 1;
}

/**
 * Password (and, when enrolled, second-factor) sign-in, rate-limited in PostgreSQL per client
 * address and per account. The per-account count is split so that nobody can lock the owner out:
 * failures from browsers this account never signed in from share one allowance, and each browser
 * that has signed in before (it carries a device cookie) keeps an allowance of its own. A guesser
 * spending the shared allowance from many addresses then slows only other strangers.
 */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  code?: string;
  address: string;
  userAgent?: string;
  deviceToken?: string;
}): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  if (email.length > 320 || hasControlCharacters(email)) return { ok: false, error: WRONG_CREDENTIALS };
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, totpSecret: true, twoFactorEnabledAt: true },
  });
  const device =
    user && input.deviceToken
      ? await db.knownDevice.findUnique({
          where: { userId_tokenHash: { userId: user.id, tokenHash: hashDeviceToken(input.deviceToken) } },
          select: { id: true },
        })
      : null;
  const account: [Limit, string] = device ? [limits.signInDevice, device.id] : [limits.signInAccount, email];

  const blocked = (await blockedFor(...account)) ?? (await blockedFor(limits.signInAddress, input.address));
  if (blocked) return { ok: false, error: retryMessage(blocked) };

  // Unknown accounts are checked against a decoy hash, so the time taken does not reveal them.
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash()), input.password);
  const fail = async (error: string): Promise<SignInResult> => {
    await recordFailure(...account);
    await recordFailure(limits.signInAddress, input.address);
    return { ok: false, error };
  };
  if (!user?.passwordHash || !valid) return fail(WRONG_CREDENTIALS);

  if (user.twoFactorEnabledAt) {
    if (!input.code) return { ok: false, error: TWO_FACTOR_REQUIRED };
    if (!(await checkSecondFactor(user, input.code))) return fail("The authentication code is incorrect.");
  }
  await clearFailures(...account);

  const deviceToken = input.deviceToken ?? randomBytes(32).toString("base64url");
  const tokenHash = hashDeviceToken(deviceToken);
  await db.knownDevice.upsert({
    where: { userId_tokenHash: { userId: user.id, tokenHash } },
    create: { userId: user.id, tokenHash },
    update: { lastSeenAt: new Date() },
  });
  const signInId = await startSignIn(user.id, { userAgent: input.userAgent ?? "", address: input.address });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, signInId },
    ...(input.deviceToken ? {} : { deviceToken }),
  };
}
