"use server";

import { cookies, headers } from "next/headers";
import { clientAddress } from "../auth/client-address";
import { sessionCookieName } from "../auth/config";
import { hashPassword } from "../auth/password";
import { consume, limits, rateLimited } from "../auth/rate-limit";
import { endSignIns, revokeSignIn } from "../auth/sign-ins";
import { notFoundRefusal } from "../data-writes";
import { mutateAccount, mutatePublic } from "../mutation";
import { createOrganization } from "../organizations/data";
import { changePassword, checkPassword, confirmTwoFactor, disableTwoFactor, signUp, startTwoFactor } from "./data";
import {
  changePasswordSchema,
  createOrganizationSchema,
  emptySchema,
  passwordConfirmationSchema,
  revokeSignInSchema,
  signUpSchema,
  twoFactorCodeSchema,
} from "./schema";

/** Public: the first user of a new organization. The form then signs in with the same credentials. */
export async function signUpAction(input: unknown) {
  const blocked = await consume(limits.signUpAddress, clientAddress((await headers()).get("x-forwarded-for")));
  if (blocked) return rateLimited(blocked);
  return mutatePublic({
    name: "signUp",
    schema: signUpSchema,
    input,
    prepare: async ({ password, ...data }) => ({ ...data, passwordHash: await hashPassword(password) }),
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
    prepare: async (data, user) => {
      await checkPassword(user.id, data.currentPassword, "currentPassword");
      return { passwordHash: await hashPassword(data.newPassword) };
    },
    write: async (tx, user, data) => {
      await changePassword(tx, user.id, data.passwordHash);
      return { data: null, audit: { action: "user.password_changed", entity: "User", entityId: user.id } };
    },
  });
}

/** Ends this sign-in on the server, not only in the browser: the old cookie opens nothing afterwards. */
export async function signOutAction(input: unknown) {
  const result = await mutateAccount({
    name: "signOut",
    schema: emptySchema,
    input,
    write: async (tx, user) => {
      await revokeSignIn(tx, user.id, user.signInId);
      return { data: null, audit: { action: "user.signed_out", entity: "SignIn", entityId: user.signInId } };
    },
  });
  (await cookies()).delete(sessionCookieName());
  return result;
}

export async function revokeSignInAction(input: unknown) {
  return mutateAccount({
    name: "revokeSignIn",
    schema: revokeSignInSchema,
    input,
    write: async (tx, user, data) => {
      if (!(await revokeSignIn(tx, user.id, data.signInId))) throw notFoundRefusal();
      return { data: null, audit: { action: "user.sign_in_revoked", entity: "SignIn", entityId: data.signInId } };
    },
    revalidate: ["/account"],
  });
}

export async function signOutEverywhereAction(input: unknown) {
  return mutateAccount({
    name: "signOutEverywhere",
    schema: emptySchema,
    input,
    write: async (tx, user) => {
      const ended = await endSignIns(tx, user.id);
      return {
        data: null,
        audit: { action: "user.sessions_ended", entity: "User", entityId: user.id, after: { ended } },
      };
    },
  });
}

export async function startTwoFactorAction(input: unknown) {
  return mutateAccount({
    name: "startTwoFactor",
    schema: passwordConfirmationSchema,
    input,
    prepare: (data, user) => checkPassword(user.id, data.password, "password"),
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
    schema: passwordConfirmationSchema,
    input,
    prepare: (data, user) => checkPassword(user.id, data.password, "password"),
    write: async (tx, user) => {
      await disableTwoFactor(tx, user.id);
      return { data: null, audit: { action: "user.two_factor_disabled", entity: "User", entityId: user.id } };
    },
    revalidate: ["/account"],
  });
}
