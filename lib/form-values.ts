import { z } from "zod";

/** Form fields arrive as strings; these turn them into the values the schemas mean. */

// C0 and C1 controls and DEL, except tab, line feed and carriage return, which multi-line text holds.
// PostgreSQL refuses NUL in text outright, and the rest have no business in a record.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
export const CONTROL_CHARACTERS_MESSAGE = "Remove the control characters (such as NUL) from this text.";

export const hasControlCharacters = (value: string) => CONTROL_CHARACTERS.test(value);

/** The one schema every typed text starts from, from forms and from search parameters alike. */
export const safeString = () => z.string().refine((value) => !hasControlCharacters(value), CONTROL_CHARACTERS_MESSAGE);

/** An optional text field: trimmed, bounded, empty when left blank. */
export const text = (max: number) =>
  safeString()
    .trim()
    .max(max, { error: `Use at most ${max} characters.` })
    .default("");

/** A text field that must be filled in: `error` says what to write when it is too short. */
export const requiredText = (min: number, max: number, error: string) =>
  safeString()
    .trim()
    .min(min, { error })
    .max(max, { error: `Use at most ${max} characters.` });

export const optionalDate = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z.iso.date({ error: "Enter a date as YYYY-MM-DD." }).optional(),
);

export const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const optionalInt = (min: number, max: number, message: string) =>
  z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? undefined : value),
    z.coerce
      .number({ error: message })
      .int({ error: message })
      .min(min, { error: message })
      .max(max, { error: message })
      .optional(),
  );

/** A row's id as forms and URLs carry it: Prisma's cuids, or anything of the same alphabet. */
export const id = z
  .string()
  .min(1, { error: "Choose one." })
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, { error: "This is not a valid reference." });

export const isId = (value: unknown): value is string => id.safeParse(value).success;
export const version = z.coerce.number().int().min(0);

export const toDate = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null);
