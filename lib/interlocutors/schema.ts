import { z } from "zod";
import { id, optionalDate, requiredText, safeString, text, version } from "../form-values";
import { confidenceLabels, keysOf } from "../labels";
import { changeKindLabels, institutionKindLabels, interlocutorCategoryLabels } from "./labels";

/** A post's optional rank on the 1 to 6 scale of seniorityLabels (lib/labels.ts). */
export const seniority = z.preprocess(
  (value) => (value === "" || value === null || value === undefined ? null : Number(value)),
  z
    .number()
    .int()
    .min(1, { error: "Choose a rank from the list." })
    .max(6, { error: "Choose a rank from the list." })
    .nullable(),
);

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
  /** Why the organization may hold this person's data. */
  lawfulBasis: text(2000),
  /** When the record must next be reviewed. */
  reviewBy: optionalDate,
});

export const addInterlocutorSchema = interlocutorFieldsSchema.extend({
  /** Set once the person has seen the possible duplicates and still wants a new record. */
  confirmNew: z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()),
});

export const updateInterlocutorSchema = interlocutorFieldsSchema.extend({ interlocutorId: id, version });

/** Merges `duplicateId` into `interlocutorId`, the record kept (at the version the member saw). */
export const mergeInterlocutorsSchema = z
  .object({ interlocutorId: id, duplicateId: id, version })
  .refine((merge) => merge.interlocutorId !== merge.duplicateId, {
    path: ["duplicateId"],
    error: "Choose someone else: a person cannot be merged into themselves.",
  });

/** Erasing a person's data: why (kept in the tombstone, so it must not name them), and a deliberate yes. */
export const eraseInterlocutorSchema = z.object({
  interlocutorId: id,
  reason: requiredText(5, 500, "Say why, without naming the person: the request and its date, or the rule."),
  confirm: z.preprocess(
    (value) => value === "on" || value === "true" || value === true,
    z.literal(true, { error: "Tick this to confirm: erasure cannot be undone." }),
  ),
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
    seniority,
  })
  .refine((post) => !post.endsOn || post.endsOn >= post.startsOn, {
    path: ["endsOn"],
    error: "A post cannot end before it begins.",
  });

/** Changes that begin a new post for the person: it needs an institution and a title. */
export const POST_OPENING_CHANGES = ["APPOINTED", "MOVED", "PROMOTED", "DEMOTED"] as const;
/** Changes that end the person's post on the day before they happen. */
export const POST_CLOSING_CHANGES = ["MOVED", "PROMOTED", "DEMOTED", "REPLACED", "RETIRED", "DIED"] as const;

const optionalId = z.preprocess((value) => (value === "" || value === null ? undefined : value), id.optional());

export const logChangeSchema = z
  .object({
    interlocutorId: id,
    kind: z.enum(keysOf(changeKindLabels), { error: "Choose what happened." }),
    occurredOn: z.iso.date({ error: "Enter the date it happened, as YYYY-MM-DD." }),
    source: requiredText(2, 500, "Say where this comes from."),
    confidence: z.enum(keysOf(confidenceLabels), { error: "Choose how sure this is." }),
    note: text(2000),
    institutionId: optionalId,
    title: text(200),
    seniority,
    successorId: optionalId,
  })
  .superRefine((change, issues) => {
    if ((POST_OPENING_CHANGES as readonly string[]).includes(change.kind)) {
      if (!change.institutionId)
        issues.addIssue({
          code: "custom",
          path: ["institutionId"],
          message: "Choose the institution of the new post.",
        });
      if (change.title.length < 2)
        issues.addIssue({ code: "custom", path: ["title"], message: "Write the new post's title." });
    }
    if (change.kind === "REPLACED" && !change.successorId)
      issues.addIssue({ code: "custom", path: ["successorId"], message: "Choose who replaced them." });
    if (change.successorId && change.successorId === change.interlocutorId)
      issues.addIssue({ code: "custom", path: ["successorId"], message: "Someone cannot replace themselves." });
  });

/** The interlocutors page's search parameters. */
export const interlocutorSearchSchema = z.object({
  q: safeString().trim().max(160).optional().catch(undefined),
  /** Recent changes touching a post at this institution only. */
  institution: id.optional().catch(undefined),
  /** Recent changes of one dialogue's people (or at its counterpart institutions) only. */
  dialogue: id.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
