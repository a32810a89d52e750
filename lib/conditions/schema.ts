import { z } from "zod";
import { checkbox, id, requiredText, version } from "../form-values";
import { keysOf } from "../labels";
import { participantSideLabels } from "../participants/labels";
import { conditionStatusLabels } from "./labels";

const ids = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === "string" && value ? [value] : []),
  z.array(id).max(50),
);

export const conditionFieldsSchema = z.object({
  text: requiredText(3, 1000, "Write the condition, at least 3 characters."),
  side: z.enum(keysOf(participantSideLabels), { error: "Choose which side stated it." }),
  statedOn: z.iso.date({ error: "Give the day it was stated, as YYYY-MM-DD." }),
  source: requiredText(2, 500, "Name the source: a letter, a call, a meeting."),
  status: z.enum(keysOf(conditionStatusLabels), { error: "Choose a status." }),
  gate: checkbox,
  formatIds: ids,
  sessionIds: ids,
});

export const addConditionSchema = conditionFieldsSchema.extend({ dialogueId: id });
export const updateConditionSchema = conditionFieldsSchema.extend({ conditionId: id, version });

export const conditionsSearchSchema = z.object({ condition: id.optional().catch(undefined) });
