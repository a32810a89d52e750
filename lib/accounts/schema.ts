import { z } from "zod";
import { safeCallbackUrl } from "../auth/callback-url";
import { newPasswordSchema } from "../auth/password";
import { id, requiredText, safeString } from "../form-values";

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

/** The account page's search parameters: which organization sent the person here to enrol. */
export const accountSearchSchema = z.object({
  twoFactorRequiredBy: safeString().trim().max(120).optional().catch(undefined),
});

/** The sign-in page's search parameters: only a same-site path survives as the place to go next. */
export const signInSearchSchema = z.object({
  callbackUrl: z
    .unknown()
    .optional()
    .transform((value) => safeCallbackUrl(value)),
});
