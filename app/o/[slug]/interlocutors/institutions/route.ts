import { getMemberContext } from "@/lib/auth/member";
import { listInstitutions } from "@/lib/institutions/reads";

/**
 * Up to ten institutions whose name holds `q`, as JSON, for the institution pickers. Institutions
 * are the organization's shared directory, visible to every member; "not found" for anyone else.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const context = await getMemberContext(slug);
  const headers = { "Cache-Control": "private, no-store" };
  if (!context?.twoFactorSatisfied) return new Response("Not found.", { status: 404, headers });
  const q = new URL(request.url).searchParams.get("q") ?? "";
  const rows = await listInstitutions(context, q);
  return Response.json(
    rows.map((row) => ({ id: row.id, name: row.name, detail: row.country })),
    { headers },
  );
}
