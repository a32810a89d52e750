"use server";

import { db } from "../db";
import { inspect, mutate } from "../mutation";
import { inspectImport } from "./check";
import { importInterlocutors } from "./data";
import { importSchema } from "./schema";

/** Reads a file and answers what it holds and what stops it going in; writes nothing. */
export async function checkImportAction(organizationSlug: string, input: unknown) {
  return inspect({
    name: "checkImport",
    schema: importSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    read: (context, data) => inspectImport(db, context, data),
  });
}

/** Imports a file of people and posts, all of it or nothing, as one audited transaction. */
export async function importInterlocutorsAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "importInterlocutors",
    schema: importSchema,
    input,
    organizationSlug,
    permission: "record.edit",
    write: importInterlocutors,
    revalidate: (context) => [`/o/${context.organizationSlug}/interlocutors`],
    timeout: 120_000,
  });
}
