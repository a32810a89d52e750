import { z } from "zod";
import { id, optionalDate, requiredText, text, version } from "../form-values";
import { checklistStatusLabels, confidenceLabels, keysOf, reviewDecisionLabels } from "../labels";

const weight = z.coerce
  .number({ error: "Give a weight from 0 to 10." })
  .int({ error: "Give a weight from 0 to 10." })
  .min(0, { error: "Give a weight from 0 to 10." })
  .max(10, { error: "Give a weight from 0 to 10." });

/** Evidence links, one per line; each must be an http(s) URL. */
const evidenceLinks = z.preprocess(
  (value) =>
    (typeof value === "string" ? value.split(/\r?\n/) : Array.isArray(value) ? value : [])
      .map((line: unknown) => String(line).trim())
      .filter(Boolean),
  z
    .array(z.url({ protocol: /^https?$/, error: "Put one http:// or https:// link per line." }))
    .max(20, { error: "Use at most 20 links." }),
);

const intervalMessage = "Give a number of days from 1 to 3650, or leave it blank.";

export const updateChecklistItemSchema = z.object({
  itemId: id,
  version,
  status: z.enum(keysOf(checklistStatusLabels), { error: "Choose a status." }),
  answer: text(10_000),
  evidence: text(10_000),
  evidenceLinks,
  confidence: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.enum(keysOf(confidenceLabels)).nullable(),
  ),
  assigneeId: z.preprocess((value) => (value === "" || value === undefined ? null : value), id.nullable()),
  dueDate: optionalDate,
  /** The day the answer holds as of; left as it was, a changed answer is as of today. */
  answeredOn: optionalDate,
  /** Days before the answer is stale; blank: never by age. Absent: unchanged. */
  reviewIntervalDays: z.preprocess(
    (value) => (value === "" || value === null ? null : value),
    z
      .union([
        z.null(),
        z.coerce
          .number({ error: intervalMessage })
          .int({ error: intervalMessage })
          .min(1, { error: intervalMessage })
          .max(3650, { error: intervalMessage }),
      ])
      .optional(),
  ),
  weight,
  /**
   * A gate keeps the dialogue "Not ready" while it is open or blocked. Absent: unchanged. The form
   * sends "off" from a hidden field and "on" from the ticked box, so an unticked box says so.
   */
  gate: z.preprocess(
    (value) =>
      value === undefined
        ? undefined
        : Array.isArray(value)
          ? value.includes("on")
          : value === true || value === "on" || value === "true",
    z.boolean().optional(),
  ),
});

export const confirmChecklistItemSchema = z.object({ itemId: id, version });

export const addChecklistItemSchema = z.object({
  dialogueId: id,
  question: requiredText(5, 500, "Write the question, at least 5 characters."),
  guidance: text(2000),
  weight: weight.default(1),
});

/** The readiness page's search parameters: its tab, the item open in the sheet, the two reviews to compare. */
export const readinessSearchSchema = z.object({
  tab: z.enum(["checklist", "reviews"]).catch("checklist"),
  item: id.optional().catch(undefined),
  review: id.optional().catch(undefined),
  a: id.optional().catch(undefined),
  b: id.optional().catch(undefined),
});

export const recordReviewSchema = z.object({
  dialogueId: id,
  decision: z.enum(keysOf(reviewDecisionLabels), { error: "Choose go, not yet or no-go." }),
  rationale: requiredText(10, 10_000, "Give the rationale, at least 10 characters."),
});

export const saveTemplateSchema = z.object({
  dialogueId: id,
  name: requiredText(2, 120, "Name the template, e.g. “Nordlys standard”.").refine(
    (name) => name.toLocaleLowerCase() !== "built-in",
    { error: "“Built-in” names the questions every dialogue can start from: choose another name." },
  ),
});
