"use server";

import { created, updated } from "../data-writes";
import { mutate } from "../mutation";
import { addAffiliation, addInstitution, addInterlocutor, logChange, updateInterlocutor } from "./data";
import { eraseInterlocutor } from "./erasure";
import { mergeInterlocutors } from "./merge";
import {
  addAffiliationSchema,
  addInstitutionSchema,
  addInterlocutorSchema,
  eraseInterlocutorSchema,
  logChangeSchema,
  mergeInterlocutorsSchema,
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

/** Merges a duplicate into the person kept: one audited transaction; the duplicate's id then leads to them. */
export async function mergeInterlocutorsAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "mergeInterlocutors",
    schema: mergeInterlocutorsSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: updated("interlocutor.merged", "Interlocutor", mergeInterlocutors),
    revalidate: interlocutorsPath,
  });
}

/** Erases a person's data, owners only: one audited transaction that leaves an anonymous placeholder. */
export async function eraseInterlocutorAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "eraseInterlocutor",
    schema: eraseInterlocutorSchema,
    input,
    organizationSlug,
    permission: "personal-data.manage",
    write: eraseInterlocutor,
    revalidate: interlocutorsPath,
  });
}
