"use server";

import { created, updated } from "../data-writes";
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
    write: created("theme.added", "Theme", addTheme),
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
    write: updated("theme.updated", "Theme", updateTheme),
    revalidate: themesPath,
  });
}
