"use server";

import { created, updated } from "../data-writes";
import { mutate } from "../mutation";
import { addFollowUp, addReadout, recordOutcome, updateFollowUp } from "./data";
import { addFollowUpSchema, addReadoutSchema, recordOutcomeSchema, updateFollowUpSchema } from "./schema";

const revalidate = (context: { organizationSlug: string }) => [`/o/${context.organizationSlug}`];

export async function recordOutcomeAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "recordOutcome",
    schema: recordOutcomeSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("session.outcome_recorded", "Session", recordOutcome),
    revalidate,
  });
}

export async function addFollowUpAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "addFollowUp",
    schema: addFollowUpSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("session.follow_up_added", "FollowUp", addFollowUp),
    revalidate,
  });
}

export async function updateFollowUpAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "updateFollowUp",
    schema: updateFollowUpSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("session.follow_up_updated", "FollowUp", updateFollowUp),
    revalidate,
  });
}

export async function addReadoutAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "addReadout",
    schema: addReadoutSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("session.readout_added", "Readout", addReadout),
    revalidate,
  });
}
