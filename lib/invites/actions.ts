"use server";

import { headers } from "next/headers";
import type { ActionResult } from "../action-result";
import { clientAddress } from "../auth/client-address";
import { hashPassword } from "../auth/password";
import { blockedFor, limits, rateLimited, recordFailure } from "../auth/rate-limit";
import { mutate, mutateAccount, mutatePublic } from "../mutation";
import { acceptInviteAsUser, acceptInviteWithNewAccount, createInvite, revokeInvite } from "./data";
import { acceptInviteSchema, createInviteSchema, joinInviteSchema, revokeInviteSchema } from "./schema";

export async function createInviteAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "createInvite",
    schema: createInviteSchema,
    input,
    organizationSlug,
    permission: "member.manage",
    write: async (tx, context, data) => {
      const { invite, token } = await createInvite(tx, context, data);
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
      const { id } = await revokeInvite(tx, context, data.inviteId);
      return { data: null, audit: { action: "invite.revoked", entity: "Invite", entityId: id } };
    },
    revalidate: (context) => [`/o/${context.organizationSlug}/members`],
  });
}

type Accepted = { email: string; organizationSlug: string };

/** Invitation tokens are secrets: a client address that keeps presenting bad ones is slowed down. */
async function limitedByAddress(accept: () => Promise<ActionResult<Accepted>>): Promise<ActionResult<Accepted>> {
  const address = clientAddress((await headers()).get("x-forwarded-for"));
  const blocked = await blockedFor(limits.inviteAddress, address);
  if (blocked) return rateLimited(blocked);
  const result = await accept();
  if (!result.ok && result.reason === "INVALID_INVITE") await recordFailure(limits.inviteAddress, address);
  return result;
}

const acceptedAudit = (accepted: Awaited<ReturnType<typeof acceptInviteAsUser>>) => ({
  organizationId: accepted.invite.organizationId,
  actorId: accepted.userId,
  action: "invite.accepted",
  entity: "Member",
  entityId: accepted.member.id,
  after: { role: accepted.member.role, status: accepted.member.status, email: accepted.invite.email },
});

/** Public: a new person accepts by creating their account. */
export async function acceptInviteAction(input: unknown) {
  return limitedByAddress(() =>
    mutatePublic({
      name: "acceptInvite",
      schema: acceptInviteSchema,
      input,
      prepare: async ({ password, ...data }) => ({ ...data, passwordHash: await hashPassword(password) }),
      write: async (tx, data) => {
        const accepted = await acceptInviteWithNewAccount(tx, data);
        return {
          data: { email: accepted.invite.email, organizationSlug: accepted.member.organization.slug },
          audit: acceptedAudit(accepted),
        };
      },
    }),
  );
}

/** Someone who already has an account accepts while signed in, as the address the invitation names. */
export async function joinInviteAction(input: unknown) {
  return limitedByAddress(() =>
    mutateAccount({
      name: "joinInvite",
      schema: joinInviteSchema,
      input,
      write: async (tx, user, data) => {
        const accepted = await acceptInviteAsUser(tx, user, data.token);
        return {
          data: { email: accepted.invite.email, organizationSlug: accepted.member.organization.slug },
          audit: acceptedAudit(accepted),
        };
      },
      revalidate: ["/account"],
    }),
  );
}
