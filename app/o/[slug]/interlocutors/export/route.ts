import { csvExport } from "@/lib/csv";
import { EXPORT_LIMIT, exportContext, notFound, stamp } from "@/lib/exports";
import { interlocutorCategoryLabels } from "@/lib/interlocutors/labels";
import { listInterlocutors } from "@/lib/interlocutors/reads";
import { interlocutorSearchSchema } from "@/lib/interlocutors/schema";

const PAGE = 1000;

/**
 * The Interlocutors list as CSV, filtered as on the page (`q`, any spelling): everyone the member
 * may see, with their post today. People only in restricted dialogues stay hidden, as on the page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const context = await exportContext((await params).slug);
  if (!context) return notFound();
  const { q } = interlocutorSearchSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const rows: unknown[][] = [];
  for (let page = 1; rows.length < EXPORT_LIMIT; page++) {
    const batch = await listInterlocutors(context, { q, page, pageSize: PAGE });
    for (const person of batch.rows) {
      rows.push([
        person.name,
        person.originalName,
        person.alternateSpellings,
        interlocutorCategoryLabels[person.category],
        person.nationality,
        person.languages,
        person.tags,
        person.currentPost?.title,
        person.currentPost?.institution.name,
        person.currentPost?.startsOn,
      ]);
    }
    if (!batch.hasNext) break;
  }
  return csvExport(
    context,
    { list: "interlocutors", filter: { q }, filename: `interlocutors-${stamp()}.csv` },
    [
      "Name",
      "Original script",
      "Other spellings",
      "Category",
      "Nationality",
      "Languages",
      "Tags",
      "Post",
      "Institution",
      "Post since",
    ],
    rows,
  );
}
