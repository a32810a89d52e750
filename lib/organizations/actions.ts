"use server";

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
    write: async (tx, context, data) => {
      const { before, after } = await updateOrganization(tx, context, data);
      return {
        data: after,
        audit: { action: "organization.updated", entity: "Organization", entityId: after.id, before, after },
      };
    },
    revalidate: (context) => [`/o/${context.organizationSlug}`, "/account"],
  });
}
