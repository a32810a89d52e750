import { z } from "zod";
import { checkbox, id, optionalInt, requiredText, text, version } from "../form-values";
import { keysOf, themeStatusLabels } from "../labels";

const priority = (message: string) =>
  z.coerce.number({ error: message }).int({ error: message }).min(1, { error: message }).max(5, { error: message });

export const themeFieldsSchema = z.object({
  title: requiredText(2, 160, "Give the theme a title."),
  description: text(5000),
  ourPriority: priority("Give our priority from 1 (low) to 5 (high)."),
  theirPriority: optionalInt(1, 5, "Give their priority from 1 (low) to 5 (high), or leave it empty if unknown."),
  theirPrioritySource: text(500),
  status: z.enum(keysOf(themeStatusLabels), { error: "Choose a status." }),
  sanctionsSensitive: checkbox,
});

export const addThemeSchema = themeFieldsSchema.extend({ dialogueId: id });
export const updateThemeSchema = themeFieldsSchema.extend({ themeId: id, version });

/** The themes page's search parameters: the theme open in the sheet. */
export const themesSearchSchema = z.object({ theme: id.optional().catch(undefined) });
