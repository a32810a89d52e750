import { getMemberContext } from "@/lib/auth/member";
import { getSessionForCalendar } from "@/lib/sessions/data";
import { sessionToIcs } from "@/lib/sessions/ics";

type Params = { slug: string; dialogueId: string; sessionId: string };

/** A session as an .ics file, for members who can see its dialogue; "not found" for anyone else. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const { slug, dialogueId, sessionId } = await params;
  const context = await getMemberContext(slug);
  const session = context?.twoFactorSatisfied ? await getSessionForCalendar(context, dialogueId, sessionId) : null;
  if (!session) return new Response("Not found.", { status: 404, headers: { "Cache-Control": "no-store" } });
  const ics = sessionToIcs({ ...session, dialogueTitle: session.dialogue.title, agenda: session.agendaItems });
  const filename = `${session.title.replace(/[^\w-]+/g, "-").replace(/^-|-$/g, "") || "session"}.ics`;
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
