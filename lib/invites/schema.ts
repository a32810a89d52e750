import { z } from "zod";
import { emailSchema, personNameSchema } from "../accounts/schema";
import { newPasswordSchema } from "../auth/password";
import { id } from "../form-values";
import { roleSchema } from "../members/schema";

export const createInviteSchema = z.object({ email: emailSchema, role: roleSchema });

export const revokeInviteSchema = z.object({ inviteId: id });

const token = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { error: "This invitation link is not complete." });

/** A new person accepts by creating their account: a name and a new password. */
export const acceptInviteSchema = z.object({ token, name: personNameSchema, password: newPasswordSchema });

/** Someone with an account accepts while signed in: the token is all. */
export const joinInviteSchema = z.object({ token });
