import { z } from "zod";
import { checkbox, id, optionalInt, requiredText, text, version } from "../form-values";
import { formatModeLabels, keysOf } from "../labels";

export const formatFieldsSchema = z.object({
  name: requiredText(1, 120, "Name this option, e.g. “Small round in Stockholm”."),
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

export const addFormatSchema = formatFieldsSchema.extend({ dialogueId: id });
export const updateFormatSchema = formatFieldsSchema.extend({ formatId: id, version });

const statusReason = requiredText(3, 2000, "Say why, in a few words.");
export const makeFormatCurrentSchema = z.object({ formatId: id, version, statusReason });
export const rejectFormatSchema = z.object({ formatId: id, version, statusReason });
