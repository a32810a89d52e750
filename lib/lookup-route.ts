import "server-only";
import { getMemberContext, type MemberContext } from "./auth/member";

/** One choice a picker offers: its id, its name, and a line that tells it apart. */
export type LookupChoice = { id: string; name: string; detail: string };

/**
 * A picker's lookup route (GET `?q=`): up to ten choices as JSON, found by `find` for the member
 * the cookie proves, with whatever need-to-know `find` applies. "Not found" for anyone who is not a
 * member of the organization in the URL (or has not passed its two-factor step); an empty list for
 * an empty query. Never cached: the answer depends on who asks.
 */
export function lookupRoute(find: (context: MemberContext, q: string) => Promise<LookupChoice[]>) {
  return async function lookup(request: Request, { params }: { params: Promise<{ slug: string }> }) {
    const { slug } = await params;
    const context = await getMemberContext(slug);
    const headers = { "Cache-Control": "private, no-store" };
    if (!context?.twoFactorSatisfied) return new Response("Not found.", { status: 404, headers });
    const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 160).trim();
    if (!q) return Response.json([], { headers });
    return Response.json((await find(context, q)).slice(0, 10), { headers });
  };
}
