import { z } from "zod";
import { emailSchema, personNameSchema } from "../accounts/schema";
import { roleSchema } from "../members/schema";

export const createInviteSchema = z.object({ email: emailSchema, role: roleSchema });

export const revokeInviteSchema = z.object({ inviteId: z.string().min(1) });

/** A new account gives a name and a new password; an existing one proves itself with its password. */
export const acceptInviteSchema = z.object({
  token: z.string().min(20).max(100),
  name: z.string().trim().max(120).optional(),
  password: z.string().min(1, { error: "Enter a password." }).max(200),
});

export const newAccountFieldsSchema = z.object({ name: personNameSchema });
