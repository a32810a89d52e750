"use server";

import { updated } from "../data-writes";
import { mutate } from "../mutation";
import { updateOrganization } from "./data";
import { updateOrganizationSchema } from "./schema";

export async function updateOrganizationAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "updateOrganization",
    schema: updateOrganizationSchema,
    input,
    organizationSlug,
    permission: "organization.manage",
    write: updated("organization.updated", "Organization", updateOrganization),
    revalidate: (context) => [`/o/${context.organizationSlug}`, "/account"],
  });
}
