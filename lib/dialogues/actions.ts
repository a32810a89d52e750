"use server";

import { created, removed, updated } from "../data-writes";
import { mutate } from "../mutation";
import {
  createDialogue,
  deleteDialogue,
  linkCounterpart,
  setDialogueTeam,
  unlinkCounterpart,
  updateDialogue,
} from "./data";
import {
  counterpartLinkSchema,
  createDialogueSchema,
  deleteDialogueSchema,
  dialogueTeamSchema,
  updateDialogueSchema,
} from "./schema";

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

export async function linkCounterpartAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "linkCounterpart",
    schema: counterpartLinkSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("dialogue.counterpart_linked", "DialogueCounterpart", linkCounterpart),
    revalidate: dialoguesPath,
  });
}

export async function unlinkCounterpartAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "unlinkCounterpart",
    schema: counterpartLinkSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: removed("dialogue.counterpart_unlinked", "DialogueCounterpart", unlinkCounterpart),
    revalidate: dialoguesPath,
  });
}
