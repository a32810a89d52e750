import "server-only";
import QRCode from "qrcode";
import { hashPassword, verifyPassword } from "../auth/password";
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpUri, verifyTotp } from "../auth/two-factor";
import { Refusal, type Tx } from "../mutation";
import { createOrganization } from "../organizations/data";

export const EMAIL_TAKEN = "An account with this email already exists. Sign in instead, or ask an owner to invite you.";

export async function emailTaken(tx: Tx, email: string): Promise<boolean> {
  return (await tx.user.count({ where: { email } })) > 0;
}

/** The first user of a new organization: an account, the organization, and an OWNER membership. */
export async function signUp(
  tx: Tx,
  data: { name: string; email: string; password: string; organizationName: string },
) {
  if (await emailTaken(tx, data.email)) throw new Refusal("EMAIL_TAKEN", EMAIL_TAKEN, { email: [EMAIL_TAKEN] });
  const user = await tx.user.create({
    data: { name: data.name, email: data.email, passwordHash: await hashPassword(data.password) },
    select: { id: true, email: true, name: true },
  });
  const organization = await createOrganization(tx, user.id, data.organizationName);
  return { user, organization };
}

async function passwordHashOf(tx: Tx, userId: string): Promise<string | null> {
  const row = await tx.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return row?.passwordHash ?? null;
}

/** A new password ends every session, this one included. */
export async function changePassword(tx: Tx, userId: string, currentPassword: string, newPassword: string) {
  const hash = await passwordHashOf(tx, userId);
  if (!hash || !(await verifyPassword(hash, currentPassword))) {
    throw new Refusal("WRONG_PASSWORD", "The current password is incorrect.", {
      currentPassword: ["The current password is incorrect."],
    });
  }
  await tx.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
  });
}

export async function endAllSessions(tx: Tx, userId: string) {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** Step one of enrolment: a fresh secret, not yet in force until a code from it is confirmed. */
export async function startTwoFactor(tx: Tx, userId: string, email: string) {
  const secret = newTotpSecret();
  await tx.user.update({ where: { id: userId }, data: { totpSecret: secret, twoFactorEnabledAt: null } });
  const uri = totpUri(secret, email);
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: "svg", margin: 1 }) };
}

/** Step two: a correct code turns two-factor on and yields recovery codes, shown once. */
export async function confirmTwoFactor(tx: Tx, userId: string, code: string) {
  const row = await tx.user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, twoFactorEnabledAt: true },
  });
  if (!row?.totpSecret) throw new Refusal("NOT_STARTED", "Start the set-up again: no key is waiting for confirmation.");
  if (!verifyTotp(row.totpSecret, code)) {
    throw new Refusal("WRONG_CODE", "That code is not right. Check the time on your device and try the newest code.", {
      code: ["That code is not right. Try the newest code."],
    });
  }
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  await tx.user.update({ where: { id: userId }, data: { twoFactorEnabledAt: new Date() } });
  return { recoveryCodes: codes };
}

export async function disableTwoFactor(tx: Tx, userId: string, password: string) {
  const hash = await passwordHashOf(tx, userId);
  if (!hash || !(await verifyPassword(hash, password))) {
    throw new Refusal("WRONG_PASSWORD", "The password is incorrect.", { password: ["The password is incorrect."] });
  }
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.user.update({ where: { id: userId }, data: { totpSecret: null, twoFactorEnabledAt: null } });
}
