import { z } from "zod";

/** Form fields arrive as strings; these turn them into the values the schemas mean. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `Use at most ${max} characters.` })
    .default("");

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

export const id = z.string().min(1).max(40);
export const version = z.coerce.number().int().min(0);

export const toDate = (value: string | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null);
