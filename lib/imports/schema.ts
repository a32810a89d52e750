import { z } from "zod";
import { optionalDate, requiredText, text } from "../form-values";
import { seniority } from "../interlocutors/schema";
import { importFieldKeys } from "./fields";

/** Most characters a file may hold (about 10 MB of text): far beyond 20,000 rows of people and posts. */
export const MAX_IMPORT_CHARACTERS = 10_000_000;

/** What the import page sends: the file's text, each column's field, and the answer to each possible duplicate. */
export const importSchema = z.object({
  fileName: text(200),
  csv: z
    .string({ error: "Choose a CSV file." })
    .min(1, { error: "Choose a CSV file." })
    .max(MAX_IMPORT_CHARACTERS, { error: "The file is too large: import at most 10 MB at a time." }),
  /** By column position; absent on the first look, when the page suggests one. */
  mapping: z
    .array(z.enum(["", ...importFieldKeys]))
    .max(200)
    .optional(),
  /** By the line a person first appears on: "new", or the id of the existing person they are. */
  decisions: z
    .record(z.string().regex(/^\d{1,7}$/), z.union([z.literal("new"), z.string().regex(/^[A-Za-z0-9_-]{1,40}$/)]))
    .default({}),
  /** "new": every possible duplicate not answered above is someone new (the report lists at most 500). */
  rest: z.enum(["", "new"]).default(""),
});

/** A post as one row of the file gives it; the institution is named, not chosen. */
export const importedPostSchema = z
  .object({
    institution: requiredText(2, 200, "Write the institution's name."),
    institutionCountry: text(80),
    institutionKind: z.enum(["MINISTRY", "AGENCY", "THINK_TANK", "UNIVERSITY", "PARTY", "OTHER"], {
      error: "Use one of Ministry, Agency, Think tank, University, Party or Other.",
    }),
    title: requiredText(2, 200, "Write the post's title."),
    startsOn: z.iso.date({ error: "Enter the date the post began, as YYYY-MM-DD." }),
    endsOn: optionalDate,
    source: text(500),
    confidence: z.enum(["LOW", "MEDIUM", "HIGH"], { error: "Use Low, Medium or High." }),
    seniority,
  })
  .refine((post) => !post.endsOn || post.endsOn >= post.startsOn, {
    path: ["endsOn"],
    error: "A post cannot end before it begins.",
  });
