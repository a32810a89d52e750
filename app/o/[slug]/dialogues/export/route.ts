import { csvExport } from "@/lib/csv";
import { listDialogues } from "@/lib/dialogues/reads";
import { dialogueListSchema } from "@/lib/dialogues/schema";
import { EXPORT_LIMIT, exportContext, notFound, stamp } from "@/lib/exports";
import { dialogueStatusLabels, trackLabels } from "@/lib/labels";

const PAGE = 1000;

/** The Dialogues list as CSV, searched, filtered and sorted as on the page; restricted ones only for their team. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const context = await exportContext((await params).slug);
  if (!context) return notFound();
  const query = dialogueListSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows: unknown[][] = [];
  for (let page = 1; ; page++) {
    const batch = await listDialogues(context, { ...query, page }, PAGE);
    for (const dialogue of batch.rows) {
      rows.push([
        dialogue.title,
        dialogue.counterpart,
        trackLabels[dialogue.track],
        dialogueStatusLabels[dialogue.status],
        dialogue.restricted ? "Restricted" : "",
        dialogue.updatedAt,
      ]);
    }
    if (!batch.hasNext || rows.length >= EXPORT_LIMIT) break;
  }
  return csvExport(
    context,
    { list: "dialogues", filter: { q: query.q, status: query.status }, filename: `dialogues-${stamp()}.csv` },
    ["Title", "Counterpart", "Track", "Status", "Need to know", "Updated"],
    rows,
  );
}
