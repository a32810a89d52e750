"use server";

import { created, updated } from "../data-writes";
import { mutate } from "../mutation";
import { addCondition, updateCondition } from "./data";
import { addConditionSchema, updateConditionSchema } from "./schema";

const revalidate = (context: { organizationSlug: string }) => [`/o/${context.organizationSlug}`];

export async function addConditionAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "addCondition",
    schema: addConditionSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("condition.added", "Condition", addCondition),
    revalidate,
  });
}

export async function updateConditionAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "updateCondition",
    schema: updateConditionSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("condition.updated", "Condition", updateCondition),
    revalidate,
  });
}
