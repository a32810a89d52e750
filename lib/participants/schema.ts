import { z } from "zod";
import { checkbox, id, optionalDate, optionalInt, safeString, text, version } from "../form-values";
import { keysOf } from "../labels";
import {
  attendanceLabels,
  exemptionStatusLabels,
  namingConsentLabels,
  participantCapacityLabels,
  participantRoleLabels,
  participantSideLabels,
  participationStatusLabels,
  screeningResultLabels,
  visaStatusLabels,
} from "./labels";

const participantFields = {
  side: z.enum(keysOf(participantSideLabels), { error: "Choose which side they are on." }),
  role: z.enum(keysOf(participantRoleLabels), { error: "Choose their role." }),
  capacity: z.enum(keysOf(participantCapacityLabels), { error: "Choose personal or official capacity." }),
  status: z.enum(keysOf(participationStatusLabels), { error: "Choose a status." }),
  consent: z.enum(keysOf(namingConsentLabels), { error: "Choose what they agreed to about being named." }),
  note: text(2000),
};

export const addParticipantSchema = z.object({
  dialogueId: id,
  interlocutorId: z
    .string()
    .min(1, { error: "Type any spelling of their name, then choose them from the list." })
    .pipe(id),
  ...participantFields,
});
export const updateParticipantSchema = z.object({ participantId: id, version, ...participantFields });

export const addSessionParticipantSchema = z.object({ sessionId: id, participantId: id });

export const updateSessionParticipantSchema = z
  .object({
    sessionParticipantId: id,
    version,
    attendance: z.enum(keysOf(attendanceLabels), { error: "Choose their attendance." }),
    invitationSentOn: optionalDate,
    visa: z.enum(keysOf(visaStatusLabels), { error: "Choose the visa status." }),
    visaLeadDays: optionalInt(1, 365, "Give the visa lead time in days, from 1 to 365, or leave it empty."),
    travelBooked: checkbox,
    interpretation: text(80),
  })
  .refine((row) => row.visa === "NOT_NEEDED" || row.visaLeadDays !== undefined, {
    path: ["visaLeadDays"],
    error: "Give how many days the visa takes, so Parley can warn before it is too late.",
  });

export const recordScreeningSchema = z
  .object({
    sessionParticipantId: id,
    lists: z.preprocess(
      (value) => (typeof value === "string" ? [value] : Array.isArray(value) ? value : []),
      z
        .array(safeString().trim().min(1).max(160))
        .min(1, { error: "Tick every list you checked, at least one." })
        .max(20)
        .transform((lists) => [...new Set(lists)]),
    ),
    checkedOn: z.iso.date({ error: "Enter the day you checked, as YYYY-MM-DD." }),
    result: z.enum(keysOf(screeningResultLabels), { error: "Choose the result." }),
    exemption: z.enum(keysOf(exemptionStatusLabels), { error: "Choose the exemption's status." }),
    exemptionReference: text(200),
    note: text(2000),
  })
  .superRefine((row, issues) => {
    if (row.result !== "CLEAR" && row.exemption === "NOT_NEEDED")
      issues.addIssue({
        code: "custom",
        path: ["exemption"],
        message: "A possible or confirmed match needs an exemption: say where it stands.",
      });
    if (row.exemption === "GRANTED" && row.exemptionReference.length < 2)
      issues.addIssue({
        code: "custom",
        path: ["exemptionReference"],
        message: "Give the reference of the granted exemption.",
      });
  });

export const attachContinuitySchema = z.object({ itemId: id, version, fromSessionId: id, toSessionId: id });

/** The participants page's parameters: the roster's "as of" day, and the two sessions to compare. */
export const participantsQuerySchema = z.object({
  asOf: z.iso.date().optional().catch(undefined),
  from: id.optional().catch(undefined),
  to: id.optional().catch(undefined),
  /** The participant whose terms are open for editing, in a side sheet. */
  edit: id.optional().catch(undefined),
});
