import { csvExport } from "@/lib/csv";
import { EXPORT_LIMIT, exportContext, notFound, stamp } from "@/lib/exports";
import { listRecentChanges } from "@/lib/interlocutors/change-reads";
import { changeKindLabels } from "@/lib/interlocutors/labels";
import { interlocutorSearchSchema } from "@/lib/interlocutors/schema";
import { confidenceLabels } from "@/lib/labels";

/** The change log as CSV, filtered as on the Interlocutors page (by institution or dialogue), newest first. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const context = await exportContext((await params).slug);
  if (!context) return notFound();
  const query = interlocutorSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const filter = { institutionId: query.institution, dialogueId: query.dialogue };
  const changes = await listRecentChanges(context, filter, EXPORT_LIMIT);
  return csvExport(
    context,
    { list: "changes", filter, filename: `changes-${stamp()}.csv` },
    ["Day", "Person", "Change", "From post", "To post", "Successor", "Source", "Confidence", "Note"],
    changes.map((change) => [
      change.occurredOn,
      change.interlocutor.name,
      changeKindLabels[change.kind],
      change.closedAffiliation ? `${change.closedAffiliation.title}, ${change.closedAffiliation.institution.name}` : "",
      change.openedAffiliation ? `${change.openedAffiliation.title}, ${change.openedAffiliation.institution.name}` : "",
      change.successor?.name,
      change.source,
      confidenceLabels[change.confidence],
      change.note,
    ]),
  );
}
