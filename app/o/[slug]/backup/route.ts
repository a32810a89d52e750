import { recordDisclosure } from "@/lib/audit";
import { can } from "@/lib/authz";
import { createArchive } from "@/lib/backup/archive";
import { db } from "@/lib/db";
import { exportContext, notFound, stamp } from "@/lib/exports";

/**
 * The whole organization as one backup archive (lib/backup/archive.ts), for owners only: "not
 * found" for anyone else. Each backup is an audit event with its row counts.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const context = await exportContext(slug);
  if (!context || !can(context.role, "organization.manage")) return notFound();
  const { archive, manifest } = await createArchive(db, context.organizationId);
  await recordDisclosure(context, {
    action: "organization.backed_up",
    entity: "Organization",
    entityId: context.organizationId,
    after: {
      migration: manifest.migration,
      rows: Object.values(manifest.tables).reduce((sum, table) => sum + table.rows, 0),
    },
  });
  return new Response(new Uint8Array(archive), {
    headers: {
      "Content-Type": "application/gzip",
      "Content-Disposition": `attachment; filename="parley-${context.organizationSlug}-${stamp()}.jsonl.gz"`,
      "Cache-Control": "private, no-store",
    },
  });
}
