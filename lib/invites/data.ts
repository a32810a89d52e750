import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { MemberContext } from "../auth/member";
import { consume, limits, retryMessage } from "../auth/rate-limit";
import { notFoundRefusal, Refusal, type Tx } from "../data-writes";
import { db } from "../db";
import type { Role } from "../generated/prisma/enums";

export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const INVALID_INVITE = "This invitation link is invalid, expired or already used. Ask an owner for a new one.";

/** A single-use invitation. The token is returned once, for the link; only its hash is kept. */
export async function createInvite(tx: Tx, context: MemberContext, data: { email: string; role: Role }) {
  const { organizationId } = context;
  // Each invitation is a link that can be sent to anyone: a day's worth is limited per
  // organization and per member, counted in the same transaction as the invitation.
  const blocked =
    (await consume(limits.inviteOrganization, organizationId, tx)) ??
    (await consume(limits.inviteMember, context.memberId, tx));
  if (blocked) throw new Refusal("RATE_LIMITED", retryMessage(blocked));
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
      createdById: context.user.id,
      email: data.email,
      role: data.role,
      tokenHash: hashInviteToken(token),
      expiresAt: new Date(Date.now() + INVITE_LIFETIME_MS),
    },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
  return { invite, token };
}

export async function revokeInvite(tx: Tx, context: MemberContext, inviteId: string) {
  const { count } = await tx.invite.updateMany({
    where: { id: inviteId, organizationId: context.organizationId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw notFoundRefusal();
  return { id: inviteId };
}

export async function listOpenInvites(context: MemberContext) {
  return db.invite.findMany({
    where: { organizationId: context.organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
  });
}

/**
 * What the acceptance page shows; null for any token that cannot be used, whatever the reason. It
 * says nothing about whether the address already has an account: the page looks the same either way.
 */
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
  return { email: invite.email, role: invite.role, organizationName: invite.organization.name };
}

/** Claims an open invitation inside the caller's transaction; a refusal later in it releases the claim. */
async function claimInvite(tx: Tx, token: string) {
  const now = new Date();
  const invite = await tx.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
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
  return invite;
}

function join(tx: Tx, invite: { organizationId: string; role: Role }, userId: string) {
  return tx.member.upsert({
    where: { organizationId_userId: { organizationId: invite.organizationId, userId } },
    create: { organizationId: invite.organizationId, userId, role: invite.role },
    update: { role: invite.role, status: "ACTIVE", version: { increment: 1 } },
    select: { id: true, role: true, status: true, organization: { select: { slug: true } } },
  });
}

export const ACCOUNT_EXISTS =
  "An account with this email already exists. Sign in with it, then open this invitation link again to accept.";

/**
 * Accepts an invitation by creating the invited person's account. An address that already has an
 * account is sent to the normal sign-in instead: no password is ever checked here, so an
 * invitation cannot be used to guess one.
 */
export async function acceptInviteWithNewAccount(tx: Tx, data: { token: string; name: string; passwordHash: string }) {
  const invite = await claimInvite(tx, data.token);
  if ((await tx.user.count({ where: { email: invite.email } })) > 0) {
    throw new Refusal("ACCOUNT_EXISTS", ACCOUNT_EXISTS);
  }
  const user = await tx.user.create({
    data: { email: invite.email, name: data.name, passwordHash: data.passwordHash },
    select: { id: true },
  });
  return { invite, userId: user.id, member: await join(tx, invite, user.id) };
}

export const WRONG_ACCOUNT =
  "This invitation was sent to another email address. Sign out, then sign in with that address to accept it.";

/** Accepts an invitation for the signed-in person, who must be the one it was sent to. */
export async function acceptInviteAsUser(tx: Tx, user: { id: string; email: string }, token: string) {
  const invite = await claimInvite(tx, token);
  if (invite.email !== user.email) throw new Refusal("WRONG_ACCOUNT", WRONG_ACCOUNT);
  return { invite, userId: user.id, member: await join(tx, invite, user.id) };
}
