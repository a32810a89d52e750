import { z } from "zod";
import { newPasswordSchema } from "../auth/password";
import { id, requiredText } from "../form-values";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter an email address like name@institute.org." }));

export const personNameSchema = requiredText(1, 120, "Enter your name.");

export const organizationNameSchema = requiredText(2, 120, "Enter the organization's name.");

export const signUpSchema = z.object({
  name: personNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  organizationName: organizationNameSchema,
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, { error: "Enter your current password." }),
    newPassword: newPasswordSchema,
  })
  .refine((data) => data.currentPassword !== data.newPassword, {
    error: "Choose a password different from the current one.",
    path: ["newPassword"],
  });

export const twoFactorCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: "Enter the 6-digit code from your authenticator app." }),
});

/** Turning two-factor on or off, or starting over, asks for the password again. */
export const passwordConfirmationSchema = z.object({ password: z.string().min(1, { error: "Enter your password." }) });

export const revokeSignInSchema = z.object({ signInId: id });

export const createOrganizationSchema = z.object({ name: organizationNameSchema });

export const emptySchema = z.object({});
