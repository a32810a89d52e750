import { z } from "zod";
import { checkbox, optionalInt, text, version } from "../form-values";
import { formatModeLabels, keysOf } from "../labels";

export const formatFieldsSchema = z.object({
  name: z.string().trim().min(1, { error: "Name this option, e.g. “Small round in Stockholm”." }).max(120),
  mode: z.enum(keysOf(formatModeLabels), { error: "Choose in person, hybrid or virtual." }),
  venueCity: text(120),
  venueCountry: text(120),
  participantCap: optionalInt(2, 500, "Enter a participant cap between 2 and 500."),
  level: text(200),
  languages: text(200),
  interpretation: text(200),
  duration: text(120),
  feasibilityNotes: text(5000),
  counterpartCanJoinOnline: checkbox,
  rationale: text(5000),
});

export const addFormatSchema = formatFieldsSchema.extend({ dialogueId: z.string().min(1) });
export const updateFormatSchema = formatFieldsSchema.extend({ formatId: z.string().min(1), version });

const reason = z.string().trim().min(3, { error: "Say why, in a few words." }).max(2000);
export const makeFormatCurrentSchema = z.object({ formatId: z.string().min(1), reason });
export const rejectFormatSchema = z.object({ formatId: z.string().min(1), version, reason });
