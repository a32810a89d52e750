import { z } from "zod";
import { newPasswordSchema } from "../auth/password";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter an email address like name@institute.org." }));

export const personNameSchema = z
  .string()
  .trim()
  .min(1, { error: "Enter your name." })
  .max(120, { error: "Use at most 120 characters." });

export const organizationNameSchema = z
  .string()
  .trim()
  .min(2, { error: "Enter the organization's name." })
  .max(120, { error: "Use at most 120 characters." });

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

export const disableTwoFactorSchema = z.object({ password: z.string().min(1, { error: "Enter your password." }) });

export const createOrganizationSchema = z.object({ name: organizationNameSchema });

export const emptySchema = z.object({});
