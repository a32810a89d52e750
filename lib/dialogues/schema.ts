import { z } from "zod";
import { id, optionalDate, requiredText, safeString, text, version } from "../form-values";
import { attributionRuleLabels, dialogueStatusLabels, keysOf, trackLabels } from "../labels";

export const dialogueSortKeys = ["updated", "title", "status"] as const;

export const dialogueFieldsSchema = z
  .object({
    title: requiredText(3, 160, "Give the dialogue a title of at least 3 characters."),
    counterpart: requiredText(1, 120, "Name the counterpart: a country or party."),
    track: z.enum(keysOf(trackLabels), { error: "Choose a track." }),
    status: z.enum(keysOf(dialogueStatusLabels), { error: "Choose a status." }),
    conveningPartners: text(500),
    hostCountry: text(120),
    hostCity: text(120),
    targetWindowStart: optionalDate,
    targetWindowEnd: optionalDate,
    attributionRule: z.enum(keysOf(attributionRuleLabels), { error: "Choose an attribution rule." }),
    summary: text(5000),
  })
  .refine(
    (data) => !data.targetWindowStart || !data.targetWindowEnd || data.targetWindowEnd >= data.targetWindowStart,
    {
      error: "The window must end on or after its start.",
      path: ["targetWindowEnd"],
    },
  );

/** A new dialogue may be restricted to its team from the start, so it is never visible to all. */
export const createDialogueSchema = dialogueFieldsSchema.and(
  z.object({
    restricted: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
    memberIds: z.preprocess(
      (value) => (value === undefined || value === "" ? [] : [value].flat()),
      z.array(id).max(500),
    ),
    /** The organization's checklist template to start from; blank: the built-in questions. */
    templateId: z.preprocess((value) => (value === "" || value === null ? undefined : value), id.optional()),
  }),
);

export const updateDialogueSchema = dialogueFieldsSchema.and(z.object({ dialogueId: id, version }));

export const dialogueTeamSchema = z.object({
  dialogueId: id,
  version,
  restricted: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
  memberIds: z.array(id).max(500).default([]),
});

export const deleteDialogueSchema = z.object({
  dialogueId: id,
  version,
  confirmTitle: safeString(),
});

const page = z.coerce.number().int().min(1).max(10_000).default(1).catch(1);

/** The readiness board's search parameters. */
export const dashboardSearchSchema = z.object({ page });

export const dialogueListSchema = z.object({
  q: safeString().trim().max(100).optional().catch(undefined),
  status: z.enum(keysOf(dialogueStatusLabels)).optional().catch(undefined),
  sort: z.enum(dialogueSortKeys).default("updated").catch("updated"),
  page,
});

export type DialogueListQuery = z.infer<typeof dialogueListSchema>;

export const counterpartLinkSchema = z.object({ dialogueId: id, institutionId: id });
