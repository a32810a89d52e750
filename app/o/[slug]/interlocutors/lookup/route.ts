import { getMemberContext } from "@/lib/auth/member";
import { listInterlocutors } from "@/lib/interlocutors/reads";

/**
 * Up to ten people matching `q` by any spelling, as JSON, for the person pickers: the same search
 * and the same need-to-know as the Interlocutors page. "Not found" for anyone not a member.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const context = await getMemberContext(slug);
  const headers = { "Cache-Control": "private, no-store" };
  if (!context?.twoFactorSatisfied) return new Response("Not found.", { status: 404, headers });
  const q = (new URL(request.url).searchParams.get("q") ?? "").slice(0, 160).trim();
  if (!q) return Response.json([], { headers });
  const { rows } = await listInterlocutors(context, { q, page: 1 });
  return Response.json(
    rows.slice(0, 10).map((row) => ({
      id: row.id,
      name: row.name,
      detail: row.currentPost ? `${row.currentPost.title}, ${row.currentPost.institution.name}` : "",
    })),
    { headers },
  );
}
