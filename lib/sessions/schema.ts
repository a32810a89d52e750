import { z } from "zod";
import { id, optionalInt, requiredText, safeString, text, version } from "../form-values";
import { attributionRuleLabels, keysOf, sessionStatusLabels } from "../labels";
import { isTimeZone } from "../time";

const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "Enter a date and time." });
const optionalId = z.preprocess((value) => (value === "" ? undefined : value), id.optional());

export const sessionFieldsSchema = z
  .object({
    title: requiredText(2, 160, "Give the session a title, e.g. “Round 4”."),
    startsAt: localDateTime,
    endsAt: localDateTime,
    timeZone: safeString().trim().refine(isTimeZone, { error: "Choose the venue's time zone, e.g. Europe/Stockholm." }),
    venue: text(300),
    formatId: optionalId,
    attributionRule: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.enum(keysOf(attributionRuleLabels)).optional(),
    ),
    status: z.enum(keysOf(sessionStatusLabels), { error: "Choose a status." }),
    notes: text(10_000),
  })
  .refine((data) => data.endsAt > data.startsAt, { error: "The session must end after it starts.", path: ["endsAt"] });

export const addSessionSchema = sessionFieldsSchema.and(z.object({ dialogueId: id }));
export const updateSessionSchema = sessionFieldsSchema.and(z.object({ sessionId: id, version }));

export const addAgendaItemSchema = z.object({
  sessionId: id,
  title: requiredText(2, 200, "Give the agenda item a title."),
  durationMinutes: optionalInt(5, 600, "Give a duration between 5 and 600 minutes, or leave it empty."),
  themeId: optionalId,
});

export const moveAgendaItemSchema = z.object({ itemId: id, direction: z.enum(["up", "down"]) });
export const removeAgendaItemSchema = z.object({ itemId: id });
