"use server";

import { headers } from "next/headers";
import { blockedFor, clientAddress, limits, recordFailure, retryMessage } from "../auth/rate-limit";
import { mutate, mutatePublic } from "../mutation";
import { acceptInvite, createInvite, hashInviteToken, revokeInvite } from "./data";
import { acceptInviteSchema, createInviteSchema, revokeInviteSchema } from "./schema";

export async function createInviteAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "createInvite",
    schema: createInviteSchema,
    input,
    organizationSlug,
    permission: "member.manage",
    write: async (tx, context, data) => {
      const { invite, token } = await createInvite(tx, context.organizationId, context.user.id, data);
      return {
        data: { ...invite, path: `/invite/${token}` },
        audit: { action: "invite.created", entity: "Invite", entityId: invite.id, after: invite },
      };
    },
    revalidate: (context) => [`/o/${context.organizationSlug}/members`],
  });
}

export async function revokeInviteAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "revokeInvite",
    schema: revokeInviteSchema,
    input,
    organizationSlug,
    permission: "member.manage",
    write: async (tx, context, data) => {
      const { id } = await revokeInvite(tx, context.organizationId, data.inviteId);
      return { data: null, audit: { action: "invite.revoked", entity: "Invite", entityId: id } };
    },
    revalidate: (context) => [`/o/${context.organizationSlug}/members`],
  });
}

/** Public, and rate-limited per client address and per invitation, since it checks secrets. */
export async function acceptInviteAction(input: unknown) {
  const address = clientAddress((await headers()).get("x-forwarded-for"));
  const token = typeof input === "object" && input && "token" in input ? String(input.token) : "";
  const account = hashInviteToken(token);
  const blocked =
    (await blockedFor(limits.inviteAddress, address)) ?? (await blockedFor(limits.signInAccount, account));
  if (blocked) return { ok: false as const, reason: "RATE_LIMITED", message: retryMessage(blocked) };

  const result = await mutatePublic({
    name: "acceptInvite",
    schema: acceptInviteSchema,
    input,
    write: async (tx, data) => {
      const { invite, userId, member } = await acceptInvite(tx, data);
      return {
        data: { email: invite.email, organizationSlug: member.organization.slug },
        audit: {
          organizationId: invite.organizationId,
          actorId: userId,
          action: "invite.accepted",
          entity: "Member",
          entityId: member.id,
          after: { role: member.role, status: member.status, email: invite.email },
        },
      };
    },
  });
  if (!result.ok && (result.reason === "INVALID_INVITE" || result.reason === "WRONG_PASSWORD")) {
    await recordFailure(limits.inviteAddress, address);
    await recordFailure(limits.signInAccount, account);
  }
  return result;
}
