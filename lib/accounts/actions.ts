"use server";

import { headers } from "next/headers";
import { blockedFor, clientAddress, limits, recordFailure, retryMessage } from "../auth/rate-limit";
import { mutateAccount, mutatePublic } from "../mutation";
import { createOrganization } from "../organizations/data";
import { changePassword, confirmTwoFactor, disableTwoFactor, endAllSessions, signUp, startTwoFactor } from "./data";
import {
  changePasswordSchema,
  createOrganizationSchema,
  disableTwoFactorSchema,
  emptySchema,
  signUpSchema,
  twoFactorCodeSchema,
} from "./schema";

/** Public: the first user of a new organization. The form then signs in with the same credentials. */
export async function signUpAction(input: unknown) {
  const address = clientAddress((await headers()).get("x-forwarded-for"));
  const blocked = await blockedFor(limits.signUpAddress, address);
  if (blocked) return { ok: false as const, reason: "RATE_LIMITED", message: retryMessage(blocked) };
  await recordFailure(limits.signUpAddress, address);
  return mutatePublic({
    name: "signUp",
    schema: signUpSchema,
    input,
    write: async (tx, data) => {
      const { user, organization } = await signUp(tx, data);
      return {
        data: { organizationSlug: organization.slug },
        audit: {
          organizationId: organization.id,
          actorId: user.id,
          action: "organization.created",
          entity: "Organization",
          entityId: organization.id,
          after: { organization, owner: { id: user.id, email: user.email, name: user.name } },
        },
      };
    },
  });
}

export async function createOrganizationAction(input: unknown) {
  return mutateAccount({
    name: "createOrganization",
    schema: createOrganizationSchema,
    input,
    write: async (tx, user, data) => {
      const organization = await createOrganization(tx, user.id, data.name);
      return {
        data: { organizationSlug: organization.slug },
        audit: {
          action: "organization.created",
          entity: "Organization",
          entityId: organization.id,
          after: organization,
        },
      };
    },
    revalidate: ["/account"],
  });
}

export async function changePasswordAction(input: unknown) {
  return mutateAccount({
    name: "changePassword",
    schema: changePasswordSchema,
    input,
    write: async (tx, user, data) => {
      await changePassword(tx, user.id, data.currentPassword, data.newPassword);
      return { data: null, audit: { action: "user.password_changed", entity: "User", entityId: user.id } };
    },
  });
}

export async function signOutEverywhereAction(input: unknown) {
  return mutateAccount({
    name: "signOutEverywhere",
    schema: emptySchema,
    input,
    write: async (tx, user) => {
      await endAllSessions(tx, user.id);
      return { data: null, audit: { action: "user.sessions_ended", entity: "User", entityId: user.id } };
    },
  });
}

export async function startTwoFactorAction(input: unknown) {
  return mutateAccount({
    name: "startTwoFactor",
    schema: emptySchema,
    input,
    write: async (tx, user) => ({
      data: await startTwoFactor(tx, user.id, user.email),
      audit: { action: "user.two_factor_started", entity: "User", entityId: user.id },
    }),
  });
}

export async function confirmTwoFactorAction(input: unknown) {
  return mutateAccount({
    name: "confirmTwoFactor",
    schema: twoFactorCodeSchema,
    input,
    write: async (tx, user, data) => ({
      data: await confirmTwoFactor(tx, user.id, data.code),
      audit: { action: "user.two_factor_enabled", entity: "User", entityId: user.id },
    }),
    revalidate: ["/account"],
  });
}

export async function disableTwoFactorAction(input: unknown) {
  return mutateAccount({
    name: "disableTwoFactor",
    schema: disableTwoFactorSchema,
    input,
    write: async (tx, user, data) => {
      await disableTwoFactor(tx, user.id, data.password);
      return { data: null, audit: { action: "user.two_factor_disabled", entity: "User", entityId: user.id } };
    },
    revalidate: ["/account"],
  });
}
