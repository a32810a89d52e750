import { listInterlocutors } from "@/lib/interlocutors/reads";
import { lookupRoute } from "@/lib/lookup-route";

/**
 * People matching `q` by any spelling, for the person pickers: the same search and the same
 * need-to-know as the Interlocutors page.
 */
export const GET = lookupRoute(async (context, q) =>
  (await listInterlocutors(context, { q, page: 1 })).rows.map((row) => ({
    id: row.id,
    name: row.name,
    detail: row.currentPost ? `${row.currentPost.title}, ${row.currentPost.institution.name}` : "",
  })),
);
