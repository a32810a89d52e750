import { z } from "zod";
import { optionalDate, text, version } from "../form-values";
import { attributionRuleLabels, dialogueStatusLabels, keysOf, trackLabels } from "../labels";

export const dialogueSortKeys = ["updated", "title", "status"] as const;

export const dialogueFieldsSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, { error: "Give the dialogue a title of at least 3 characters." })
      .max(160, { error: "Use at most 160 characters." }),
    counterpart: z
      .string()
      .trim()
      .min(1, { error: "Name the counterpart: a country or party." })
      .max(120, { error: "Use at most 120 characters." }),
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

export const createDialogueSchema = dialogueFieldsSchema;

export const updateDialogueSchema = dialogueFieldsSchema.and(z.object({ dialogueId: z.string().min(1), version }));

export const dialogueTeamSchema = z.object({
  dialogueId: z.string().min(1),
  version,
  restricted: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
  memberIds: z.array(z.string().min(1)).max(500).default([]),
});

export const deleteDialogueSchema = z.object({
  dialogueId: z.string().min(1),
  version,
  confirmTitle: z.string(),
});

export const dialogueListSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(keysOf(dialogueStatusLabels)).optional().catch(undefined),
  sort: z.enum(dialogueSortKeys).default("updated").catch("updated"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type DialogueListQuery = z.infer<typeof dialogueListSchema>;
