"use server";

import { created, removed, updated } from "../data-writes";
import { mutate } from "../mutation";
import { createDialogue, deleteDialogue, setDialogueTeam, updateDialogue } from "./data";
import { createDialogueSchema, deleteDialogueSchema, dialogueTeamSchema, updateDialogueSchema } from "./schema";

const dialoguesPath = (context: { organizationSlug: string }) => [`/o/${context.organizationSlug}`];

export async function createDialogueAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "createDialogue",
    schema: createDialogueSchema,
    input,
    organizationSlug,
    permission: "dialogue.manage",
    write: created("dialogue.created", "Dialogue", createDialogue),
    revalidate: dialoguesPath,
  });
}

export async function updateDialogueAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "updateDialogue",
    schema: updateDialogueSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("dialogue.updated", "Dialogue", updateDialogue),
    revalidate: dialoguesPath,
  });
}

export async function setDialogueTeamAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "setDialogueTeam",
    schema: dialogueTeamSchema,
    input,
    organizationSlug,
    permission: "dialogue.manage",
    write: updated("dialogue.team_set", "Dialogue", setDialogueTeam),
    revalidate: dialoguesPath,
  });
}

export async function deleteDialogueAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "deleteDialogue",
    schema: deleteDialogueSchema,
    input,
    organizationSlug,
    permission: "dialogue.manage",
    write: removed("dialogue.deleted", "Dialogue", deleteDialogue),
    revalidate: dialoguesPath,
  });
}
