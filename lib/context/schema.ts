import { z } from "zod";
import { id, requiredText, text } from "../form-values";
import { keysOf } from "../labels";
import { contextEventKindLabels } from "./labels";

/** Lists from a form: repeated fields, or one field with a line (or comma) per entry. */
const list = <T extends z.ZodType>(item: T, max: number, tooMany: string) =>
  z.preprocess(
    (value) =>
      (Array.isArray(value) ? value : typeof value === "string" ? value.split(/\r?\n/) : [])
        .map((entry: unknown) => String(entry).trim())
        .filter(Boolean),
    z.array(item).max(max, { error: tooMany }),
  );

export const recordContextEventSchema = z.object({
  kind: z.enum(keysOf(contextEventKindLabels), { error: "Choose what kind of event it is." }),
  occurredOn: z.iso.date({ error: "Give the day it happened, as YYYY-MM-DD." }),
  title: requiredText(3, 300, "Say what happened, in at least 3 characters."),
  source: requiredText(2, 500, "Name the source: a gazette, a statement, a news report."),
  note: text(5000),
  counterparts: list(
    z.string().max(200, { error: "Keep each counterpart under 200 characters." }),
    20,
    "Name at most 20 counterparts.",
  ),
});

export const linkContextEventSchema = z.object({
  eventId: id,
  itemIds: list(id, 200, "Link at most 200 items at once.").refine((ids) => ids.length > 0, {
    error: "Tick at least one checklist item.",
  }),
});

export const contextSearchSchema = z.object({
  event: id.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
