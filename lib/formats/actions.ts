"use server";

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
    write: async (tx, context, data) => {
      const format = await addFormat(tx, context, data);
      return {
        data: format,
        audit: { action: "format.added", entity: "FormatOption", entityId: format.id, after: format },
      };
    },
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
    write: async (tx, context, data) => {
      const { before, after } = await updateFormat(tx, context, data);
      return {
        data: after,
        audit: { action: "format.updated", entity: "FormatOption", entityId: after.id, before, after },
      };
    },
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
          entity: "FormatOption",
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
    write: async (tx, context, data) => {
      const { before, after } = await rejectFormat(tx, context, data);
      return {
        data: after,
        audit: { action: "format.rejected", entity: "FormatOption", entityId: after.id, before, after },
      };
    },
    revalidate: formatsPath,
  });
}
