import { z } from "zod";
import { id, optionalDate, requiredText, text, version } from "../form-values";
import { keysOf } from "../labels";
import { participantSideLabels } from "../participants/labels";
import { followUpStatusLabels, readoutModeLabels } from "./labels";

const optionalMember = z.preprocess((value) => (value === "" || value === undefined ? null : value), id.nullable());

export const recordOutcomeSchema = z.object({
  sessionId: id,
  version,
  outcome: requiredText(10, 20_000, "Summarise what the session produced, in at least 10 characters."),
});

export const followUpFieldsSchema = z.object({
  what: requiredText(3, 1000, "Say what was committed to, in at least 3 characters."),
  side: z.enum(keysOf(participantSideLabels), { error: "Choose which side committed to it." }),
  assigneeId: optionalMember,
  dueDate: optionalDate,
  status: z.enum(keysOf(followUpStatusLabels), { error: "Choose a status." }).default("OPEN"),
});

export const addFollowUpSchema = followUpFieldsSchema.extend({ sessionId: id });
export const updateFollowUpSchema = followUpFieldsSchema.extend({ followUpId: id, version });

export const addReadoutSchema = z.object({
  sessionId: id,
  unit: requiredText(2, 300, "Name the ministry or unit briefed."),
  briefedOn: z.iso.date({ error: "Give the day of the briefing, as YYYY-MM-DD." }),
  briefedBy: requiredText(2, 200, "Say who gave the briefing."),
  mode: z.enum(keysOf(readoutModeLabels), { error: "Choose how they were briefed." }),
  reaction: text(5000),
});
