import "server-only";
import { getMemberContext } from "./auth/member";

/** The member an export route serves, or null (then "not found"): the same road as every page. */
export async function exportContext(slug: string) {
  const context = await getMemberContext(slug);
  return context?.twoFactorSatisfied ? context : null;
}

export const notFound = () => new Response("Not found.", { status: 404, headers: { "Cache-Control": "no-store" } });

/** Today's date for a file name. */
export const stamp = () => new Date().toISOString().slice(0, 10);

/** The largest export, in rows: the whole registry of a large organization. */
export const EXPORT_LIMIT = 100_000;
