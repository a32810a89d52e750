"use server";

import { created, updated } from "../data-writes";
import { mutate } from "../mutation";
import {
  addParticipant,
  addSessionParticipant,
  attachContinuity,
  recordScreening,
  updateParticipant,
  updateSessionParticipant,
} from "./data";
import {
  addParticipantSchema,
  addSessionParticipantSchema,
  attachContinuitySchema,
  recordScreeningSchema,
  updateParticipantSchema,
  updateSessionParticipantSchema,
} from "./schema";

const revalidate = (context: { organizationSlug: string }) => [
  `/o/${context.organizationSlug}/dialogues`,
  `/o/${context.organizationSlug}/interlocutors`,
];

export async function addParticipantAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "addParticipant",
    schema: addParticipantSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("participant.added", "Participant", addParticipant),
    revalidate,
  });
}

export async function updateParticipantAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "updateParticipant",
    schema: updateParticipantSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("participant.updated", "Participant", updateParticipant),
    revalidate,
  });
}

export async function addSessionParticipantAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "addSessionParticipant",
    schema: addSessionParticipantSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("session.participant_added", "SessionParticipant", addSessionParticipant),
    revalidate,
  });
}

export async function updateSessionParticipantAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "updateSessionParticipant",
    schema: updateSessionParticipantSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("session.participant_updated", "SessionParticipant", updateSessionParticipant),
    revalidate,
  });
}

export async function recordScreeningAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "recordScreening",
    schema: recordScreeningSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("screening.recorded", "Screening", recordScreening),
    revalidate,
  });
}

export async function attachContinuityAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "attachContinuity",
    schema: attachContinuitySchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("checklist.continuity_attached", "ChecklistItem", attachContinuity),
    revalidate,
  });
}
