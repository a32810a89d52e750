"use server";

import { created, updated } from "../data-writes";
import { mutate } from "../mutation";
import { addChecklistItem, confirmChecklistItem, recordReview, updateChecklistItem } from "./data";
import {
  addChecklistItemSchema,
  confirmChecklistItemSchema,
  recordReviewSchema,
  saveTemplateSchema,
  updateChecklistItemSchema,
} from "./schema";
import { saveTemplate } from "./templates";

const readinessPath = (context: { organizationSlug: string }) => [`/o/${context.organizationSlug}`];

export async function updateChecklistItemAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "updateChecklistItem",
    schema: updateChecklistItemSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("checklist.item_updated", "ChecklistItem", updateChecklistItem),
    revalidate: readinessPath,
  });
}

/** "Still holds": the answer is as of today, and the re-checks outside events asked for are settled. */
export async function confirmChecklistItemAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "confirmChecklistItem",
    schema: confirmChecklistItemSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("checklist.item_confirmed", "ChecklistItem", confirmChecklistItem),
    revalidate: readinessPath,
  });
}

export async function addChecklistItemAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "addChecklistItem",
    schema: addChecklistItemSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("checklist.item_added", "ChecklistItem", addChecklistItem),
    revalidate: readinessPath,
  });
}

export async function recordReviewAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "recordReview",
    schema: recordReviewSchema,
    input,
    organizationSlug,
    permission: "review.decide",
    write: created("review.recorded", "ReadinessReview", recordReview),
    revalidate: readinessPath,
  });
}

/** Owners keep the organization's checklist templates: a dialogue's checklist, saved as the next version. */
export async function saveTemplateAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "saveTemplate",
    schema: saveTemplateSchema,
    input,
    organizationSlug,
    permission: "organization.manage",
    write: created("checklist.template_saved", "ChecklistTemplate", saveTemplate),
    revalidate: readinessPath,
  });
}
