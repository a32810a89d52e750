"use server";

import { created, removed, updated } from "../data-writes";
import { mutate } from "../mutation";
import { addAgendaItem, addSession, moveAgendaItem, removeAgendaItem, updateSession } from "./data";
import {
  addAgendaItemSchema,
  addSessionSchema,
  moveAgendaItemSchema,
  removeAgendaItemSchema,
  updateSessionSchema,
} from "./schema";

const sessionsPath = (context: { organizationSlug: string }) => [`/o/${context.organizationSlug}/dialogues`];

export async function addSessionAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "addSession",
    schema: addSessionSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("session.added", "Session", addSession),
    revalidate: sessionsPath,
  });
}

export async function updateSessionAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "updateSession",
    schema: updateSessionSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("session.updated", "Session", updateSession),
    revalidate: sessionsPath,
  });
}

export async function addAgendaItemAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "addAgendaItem",
    schema: addAgendaItemSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("agenda.item_added", "AgendaItem", addAgendaItem),
    revalidate: sessionsPath,
  });
}

export async function moveAgendaItemAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "moveAgendaItem",
    schema: moveAgendaItemSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: async (tx, context, data) => {
      const { item, moved } = await moveAgendaItem(tx, context, data);
      return {
        data: { moved },
        audit: {
          action: `agenda.item_moved_${data.direction}`,
          entity: "AgendaItem",
          entityId: item.id,
          dialogueId: item.dialogueId,
          before: item,
        },
      };
    },
    revalidate: sessionsPath,
  });
}

export async function removeAgendaItemAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "removeAgendaItem",
    schema: removeAgendaItemSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: removed("agenda.item_removed", "AgendaItem", removeAgendaItem),
    revalidate: sessionsPath,
  });
}
