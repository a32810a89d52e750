"use server";

import { created, updated } from "../data-writes";
import { mutate } from "../mutation";
import { linkContextEvent, recordContextEvent } from "./data";
import { linkContextEventSchema, recordContextEventSchema } from "./schema";

const revalidate = (context: { organizationSlug: string }) => [`/o/${context.organizationSlug}`];

export async function recordContextEventAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "recordContextEvent",
    schema: recordContextEventSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("context.event_recorded", "ContextEvent", recordContextEvent),
    revalidate,
  });
}

export async function linkContextEventAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "linkContextEvent",
    schema: linkContextEventSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("context.event_linked", "ContextEvent", linkContextEvent),
    revalidate,
  });
}
