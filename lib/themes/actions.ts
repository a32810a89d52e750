"use server";

import { mutate } from "../mutation";
import { addTheme, updateTheme } from "./data";
import { addThemeSchema, updateThemeSchema } from "./schema";

const themesPath = (context: { organizationSlug: string }) => [`/o/${context.organizationSlug}/dialogues`];

export async function addThemeAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "addTheme",
    schema: addThemeSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: async (tx, context, data) => {
      const theme = await addTheme(tx, context, data);
      return { data: theme, audit: { action: "theme.added", entity: "Theme", entityId: theme.id, after: theme } };
    },
    revalidate: themesPath,
  });
}

export async function updateThemeAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "updateTheme",
    schema: updateThemeSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: async (tx, context, data) => {
      const { before, after } = await updateTheme(tx, context, data);
      return { data: after, audit: { action: "theme.updated", entity: "Theme", entityId: after.id, before, after } };
    },
    revalidate: themesPath,
  });
}
