import "server-only";
import QRCode from "qrcode";
import { verifyPassword } from "../auth/password";
import { endSignIns } from "../auth/sign-ins";
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpStep, totpUri } from "../auth/two-factor";
import { Refusal, type Tx } from "../data-writes";
import { db } from "../db";
import { createOrganization } from "../organizations/data";

export const EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or ask an owner to invite you.";

export async function emailTaken(tx: Tx, email: string): Promise<boolean> {
  return (await tx.user.count({ where: { email } })) > 0;
}

/** The first user of a new organization: an account, the organization, and an OWNER membership. */
export async function signUp(
  tx: Tx,
  data: { name: string; email: string; passwordHash: string; organizationName: string },
) {
  if (await emailTaken(tx, data.email)) throw new Refusal("EMAIL_TAKEN", EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
  const user = await tx.user.create({
    data: { name: data.name, email: data.email, passwordHash: data.passwordHash },
    select: { id: true, email: true, name: true },
  });
  const organization = await createOrganization(tx, user.id, data.organizationName);
  return { user, organization };
}

/**
 * Proves the signed-in person knows their password before a sensitive change. It runs before the
 * transaction (argon2 is slow), and refuses beside the form field that carried the password.
 */
export async function checkPassword(userId: string, password: string, field: string): Promise<void> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, password))) {
    const message = field === "currentPassword" ? "The current password is incorrect." : "The password is incorrect.";
    throw new Refusal("WRONG_PASSWORD", message, { [field]: [message] });
  }
}

/** A new password ends every sign-in, this one included. */
export async function changePassword(tx: Tx, userId: string, passwordHash: string) {
  await tx.user.update({ where: { id: userId }, data: { passwordHash } });
  await endSignIns(tx, userId);
}

/**
 * Step one of enrolment: a fresh secret waits for its first code. Whatever factor is in force
 * stays in force until then, so starting over switches nothing off.
 */
export async function startTwoFactor(tx: Tx, userId: string, email: string) {
  const secret = newTotpSecret();
  await tx.user.update({ where: { id: userId }, data: { pendingTotpSecret: secret } });
  const uri = totpUri(secret, email);
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: "svg", margin: 1 }) };
}

/** Step two: a correct code puts the waiting secret in force and yields recovery codes, shown once. */
export async function confirmTwoFactor(tx: Tx, userId: string, code: string) {
  const row = await tx.user.findUnique({ where: { id: userId }, select: { pendingTotpSecret: true } });
  if (!row?.pendingTotpSecret) {
    throw new Refusal("NOT_STARTED", "Start the set-up again: no key is waiting for confirmation.");
  }
  const step = totpStep(row.pendingTotpSecret, code);
  if (step === null) {
    throw new Refusal("WRONG_CODE", "That code is not right. Check the time on your device and try the newest code.", {
      code: ["That code is not right. Try the newest code."],
    });
  }
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  // The confirming code counts as used: it cannot sign anyone in afterwards.
  await tx.user.update({
    where: { id: userId },
    data: {
      totpSecret: row.pendingTotpSecret,
      pendingTotpSecret: null,
      twoFactorEnabledAt: new Date(),
      lastTotpStep: step,
    },
  });
  return { recoveryCodes: codes };
}

export async function disableTwoFactor(tx: Tx, userId: string) {
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.user.update({
    where: { id: userId },
    data: { totpSecret: null, pendingTotpSecret: null, twoFactorEnabledAt: null, lastTotpStep: null },
  });
}
