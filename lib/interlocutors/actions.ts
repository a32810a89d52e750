"use server";

import { created, updated } from "../data-writes";
import { mutate } from "../mutation";
import { addAffiliation, addInstitution, addInterlocutor, logChange, updateInterlocutor } from "./data";
import {
  addAffiliationSchema,
  addInstitutionSchema,
  addInterlocutorSchema,
  logChangeSchema,
  updateInterlocutorSchema,
} from "./schema";

const interlocutorsPath = (context: { organizationSlug: string }) => [`/o/${context.organizationSlug}/interlocutors`];

export async function addInterlocutorAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "addInterlocutor",
    schema: addInterlocutorSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("interlocutor.added", "Interlocutor", addInterlocutor),
    revalidate: interlocutorsPath,
  });
}

export async function updateInterlocutorAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "updateInterlocutor",
    schema: updateInterlocutorSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("interlocutor.updated", "Interlocutor", updateInterlocutor),
    revalidate: interlocutorsPath,
  });
}

export async function addInstitutionAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "addInstitution",
    schema: addInstitutionSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("institution.added", "Institution", addInstitution),
    revalidate: interlocutorsPath,
  });
}

export async function addAffiliationAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "addAffiliation",
    schema: addAffiliationSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("affiliation.added", "Affiliation", addAffiliation),
    revalidate: interlocutorsPath,
  });
}

export async function logChangeAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "logChange",
    schema: logChangeSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: created("interlocutor.change_logged", "InterlocutorChange", logChange),
    revalidate: interlocutorsPath,
  });
}
