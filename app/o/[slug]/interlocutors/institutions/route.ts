import { listInstitutions } from "@/lib/institutions/reads";
import { lookupRoute } from "@/lib/lookup-route";

/**
 * Institutions whose name holds `q`, for the institution pickers. Institutions are the
 * organization's shared directory, visible to every member.
 */
export const GET = lookupRoute(async (context, q) =>
  (await listInstitutions(context, q)).map((row) => ({ id: row.id, name: row.name, detail: row.country })),
);
