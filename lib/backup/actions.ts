"use server";

import { Refusal } from "../data-writes";
import { mutate } from "../mutation";
import { ArchiveRefusal, readArchive, restoreInto } from "./archive";
import { restoreBackupSchema } from "./schema";

/**
 * Owners restore another organization's backup into this installation (moving it from another
 * server): all of it or nothing, as one transaction whose audit event, in the owner's own
 * organization, names what was restored.
 */
export async function restoreBackupAction(organizationSlug: string, input: unknown) {
  return mutate({
    name: "restoreBackup",
    schema: restoreBackupSchema,
    input,
    organizationSlug,
    permission: "organization.manage",
    timeout: 600_000,
    write: async (tx, _context, data) => {
      try {
        const parsed = readArchive(Buffer.from(data.archive, "base64"));
        await restoreInto(tx, parsed);
        const { manifest } = parsed;
        const summary = {
          name: manifest.organization.name,
          slug: manifest.organization.slug,
          rows: Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0),
          backedUpAt: manifest.createdAt,
        };
        return {
          data: summary,
          audit: {
            action: "organization.restored",
            entity: "Organization",
            entityId: manifest.organization.id,
            after: { ...summary, migration: manifest.migration },
          },
        };
      } catch (error) {
        if (error instanceof ArchiveRefusal)
          throw new Refusal("INVALID", `Nothing was restored. ${error.message}`, { archive: [error.message] });
        throw error;
      }
    },
  });
}
