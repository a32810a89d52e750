import { recordDisclosure } from "@/lib/audit";
import { can } from "@/lib/authz";
import { exportContext, notFound, stamp } from "@/lib/exports";
import { getPersonalData } from "@/lib/interlocutors/personal-data";

/**
 * Everything held on one person, as JSON (a subject access request, GDPR art. 15). Owners only;
 * "not found" for anyone else, as for a person they may not see. Each export is an audit event.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; interlocutorId: string }> },
) {
  const { slug, interlocutorId } = await params;
  const context = await exportContext(slug);
  if (!context || !can(context.role, "personal-data.manage")) return notFound();
  const data = await getPersonalData(context, interlocutorId);
  if (!data) return notFound();
  await recordDisclosure(context, {
    action: "interlocutor.personal_data_exported",
    entity: "Interlocutor",
    entityId: data.person.id,
  });
  const body = JSON.stringify(
    { exportedAt: new Date().toISOString(), organization: context.organizationName, ...data },
    null,
    2,
  );
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="personal-data-${data.person.id}-${stamp()}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
