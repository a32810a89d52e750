import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { hashPassword, newPasswordSchema, verifyPassword } from "../auth/password";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";
import { notFound, Refusal, type Tx } from "../mutation";
import { newAccountFieldsSchema } from "./schema";

export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const INVALID_INVITE = "This invitation link is invalid, expired or already used. Ask an owner for a new one.";

/** A single-use invitation. The token is returned once, for the link; only its hash is kept. */
export async function createInvite(
  tx: Tx,
  organizationId: string,
  createdById: string,
  data: { email: string; role: Role },
) {
  const member = await tx.member.findFirst({
    where: { organizationId, user: { email: data.email } },
    select: { id: true },
  });
  if (member) {
    const message = "This person is already a member of this organization.";
    throw new Refusal("ALREADY_MEMBER", message, { email: [message] });
  }
  // A newer invitation replaces any still open for the same email.
  await tx.invite.updateMany({
    where: { organizationId, email: data.email, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  const token = randomBytes(32).toString("base64url");
  const invite = await tx.invite.create({
    data: {
      organizationId,
      createdById,
      email: data.email,
      role: data.role,
      tokenHash: hashInviteToken(token),
      expiresAt: new Date(Date.now() + INVITE_LIFETIME_MS),
    },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
  return { invite, token };
}

export async function revokeInvite(tx: Tx, organizationId: string, inviteId: string) {
  const { count } = await tx.invite.updateMany({
    where: { id: inviteId, organizationId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFound();
  return { id: inviteId };
}

export async function listOpenInvites(organizationId: string) {
  return db.invite.findMany({
    where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
}

/** What the acceptance page shows; null for any token that cannot be used, whatever the reason. */
export async function getOpenInvite(token: string) {
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organization: { select: { name: true } },
    },
  });
  if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt <= new Date()) return null;
  const hasAccount = (await db.user.count({ where: { email: invite.email } })) > 0;
  return { email: invite.email, role: invite.role, organizationName: invite.organization.name, hasAccount };
}

/**
 * Accepts an invitation: signs the person up, or adds their existing account after checking its
 * password. Claiming the invite and creating the membership happen in one transaction.
 */
export async function acceptInvite(tx: Tx, data: { token: string; name?: string; password: string }) {
  const now = new Date();
  const invite = await tx.invite.findUnique({
    where: { tokenHash: hashInviteToken(data.token) },
    select: {
      id: true,
      organizationId: true,
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
    },
  });
  if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt <= now) {
    throw new Refusal("INVALID_INVITE", INVALID_INVITE);
  }
  const claimed = await tx.invite.updateMany({ where: { id: invite.id, acceptedAt: null }, data: { acceptedAt: now } });
  if (claimed.count === 0) throw new Refusal("INVALID_INVITE", INVALID_INVITE);

  const existing = await tx.user.findUnique({
    where: { email: invite.email },
    select: { id: true, passwordHash: true },
  });
  let userId: string;
  if (existing) {
    if (!existing.passwordHash || !(await verifyPassword(existing.passwordHash, data.password))) {
      throw new Refusal("WRONG_PASSWORD", "The password is incorrect.", { password: ["The password is incorrect."] });
    }
    userId = existing.id;
  } else {
    const fields = newAccountFieldsSchema.safeParse({ name: data.name ?? "" });
    const password = newPasswordSchema.safeParse(data.password);
    if (!fields.success || !password.success) {
      throw new Refusal("INVALID", "Check the highlighted fields.", {
        name: fields.success ? undefined : fields.error.issues.map((issue) => issue.message),
        password: password.success ? undefined : password.error.issues.map((issue) => issue.message),
      });
    }
    const user = await tx.user.create({
      data: { email: invite.email, name: fields.data.name, passwordHash: await hashPassword(password.data) },
      select: { id: true },
    });
    userId = user.id;
  }
  const member = await tx.member.upsert({
    where: { organizationId_userId: { organizationId: invite.organizationId, userId } },
    create: { organizationId: invite.organizationId, userId, role: invite.role },
    update: { role: invite.role, status: "ACTIVE", version: { increment: 1 } },
    select: { id: true, role: true, status: true, organization: { select: { slug: true } } },
  });
  return { invite, userId, member };
}
