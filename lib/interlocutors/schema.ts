import { z } from "zod";
import { id, optionalDate, requiredText, safeString, text, version } from "../form-values";
import { confidenceLabels, institutionKindLabels, interlocutorCategoryLabels, keysOf } from "../labels";

/** A list typed one per line (or comma-separated), trimmed, each bounded, without repeats. */
const lines = (each: number, most: number, what: string) =>
  z.preprocess(
    (value) =>
      (typeof value === "string" ? value.split(/[\n,]/) : Array.isArray(value) ? value : [])
        .map((line: unknown) => String(line).trim())
        .filter(Boolean),
    z
      .array(safeString().max(each, { error: `Keep each ${what} to ${each} characters.` }))
      .max(most, { error: `Give at most ${most} ${what}s.` })
      .transform((items) => [...new Set(items)]),
  );

export const interlocutorFieldsSchema = z.object({
  name: requiredText(2, 160, "Write the name as the person writes it in Latin letters."),
  originalName: text(160),
  alternateSpellings: lines(160, 30, "spelling"),
  category: z.enum(keysOf(interlocutorCategoryLabels), { error: "Choose what kind of interlocutor this is." }),
  nationality: text(80),
  languages: lines(40, 12, "language"),
  tags: lines(40, 20, "tag"),
  notes: text(10_000),
});

export const addInterlocutorSchema = interlocutorFieldsSchema.extend({
  /** Set once the person has seen the possible duplicates and still wants a new record. */
  confirmNew: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
});

export const addInstitutionSchema = z.object({
  name: requiredText(2, 200, "Write the institution's name."),
  country: text(80),
  kind: z.enum(keysOf(institutionKindLabels), { error: "Choose what kind of institution this is." }),
});

export const addAffiliationSchema = z
  .object({
    interlocutorId: id,
    institutionId: id,
    title: requiredText(2, 200, "Write the post's title."),
    startsOn: z.iso.date({ error: "Enter the date the post began, as YYYY-MM-DD." }),
    endsOn: optionalDate,
    source: text(500),
    confidence: z.enum(keysOf(confidenceLabels), { error: "Choose how sure this is." }),
  })
  .refine((post) => !post.endsOn || post.endsOn >= post.startsOn, {
    path: ["endsOn"],
    error: "A post cannot end before it begins.",
  });

/** The interlocutors page's search parameters. */
export const interlocutorSearchSchema = z.object({
  q: safeString().trim().max(160).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export { version };
