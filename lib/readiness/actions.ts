"use server";

import { mutate } from "../mutation";
import { addChecklistItem, recordReview, updateChecklistItem } from "./data";
import { addChecklistItemSchema, recordReviewSchema, updateChecklistItemSchema } from "./schema";

const readinessPath = (context: { organizationSlug: string }) => [`/o/${context.organizationSlug}`];

export async function updateChecklistItemAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "updateChecklistItem",
    schema: updateChecklistItemSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: async (tx, context, data) => {
      const { before, after } = await updateChecklistItem(tx, context, data);
      return {
        data: after,
        audit: { action: "checklist.item_updated", entity: "ChecklistItem", entityId: after.id, before, after },
      };
    },
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
    write: async (tx, context, data) => {
      const item = await addChecklistItem(tx, context, data);
      return {
        data: item,
        audit: { action: "checklist.item_added", entity: "ChecklistItem", entityId: item.id, after: item },
      };
    },
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
    write: async (tx, context, data) => {
      const review = await recordReview(tx, context, data);
      return {
        data: review,
        audit: { action: "review.recorded", entity: "ReadinessReview", entityId: review.id, after: review },
      };
    },
    revalidate: readinessPath,
  });
}
