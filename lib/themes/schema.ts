import { z } from "zod";
import { checkbox, optionalInt, text, version } from "../form-values";
import { keysOf, themeStatusLabels } from "../labels";

const priority = (message: string) =>
  z.coerce.number({ error: message }).int({ error: message }).min(1, { error: message }).max(5, { error: message });

export const themeFieldsSchema = z.object({
  title: z.string().trim().min(2, { error: "Give the theme a title." }).max(160),
  description: text(5000),
  ourPriority: priority("Give our priority from 1 (low) to 5 (high)."),
  theirPriority: optionalInt(1, 5, "Give their priority from 1 (low) to 5 (high), or leave it empty if unknown."),
  theirPrioritySource: text(500),
  status: z.enum(keysOf(themeStatusLabels), { error: "Choose a status." }),
  sanctionsSensitive: checkbox,
});

export const addThemeSchema = themeFieldsSchema.extend({ dialogueId: z.string().min(1) });
export const updateThemeSchema = themeFieldsSchema.extend({ themeId: z.string().min(1), version });
