"use server";

import { created, updated } from "../data-writes";
import { mutate } from "../mutation";
import { addFormat, makeFormatCurrent, rejectFormat, updateFormat } from "./data";
import { addFormatSchema, makeFormatCurrentSchema, rejectFormatSchema, updateFormatSchema } from "./schema";

const formatsPath = (context: { organizationSlug: string }) => [`/o/${context.organizationSlug}/dialogues`];

export async function addFormatAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "addFormat",
    schema: addFormatSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("format.added", "Format", addFormat),
    revalidate: formatsPath,
  });
}

export async function updateFormatAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "updateFormat",
    schema: updateFormatSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("format.updated", "Format", updateFormat),
    revalidate: formatsPath,
  });
}

export async function makeFormatCurrentAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "makeFormatCurrent",
    schema: makeFormatCurrentSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: async (tx, context, data) => {
      const { before, after, replaced } = await makeFormatCurrent(tx, context, data);
      return {
        data: after,
        audit: {
          action: "format.made_current",
          entity: "Format",
          entityId: data.formatId,
          before,
          after: { ...after, replaced },
        },
      };
    },
    revalidate: formatsPath,
  });
}

export async function rejectFormatAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "rejectFormat",
    schema: rejectFormatSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("format.rejected", "Format", rejectFormat),
    revalidate: formatsPath,
  });
}
