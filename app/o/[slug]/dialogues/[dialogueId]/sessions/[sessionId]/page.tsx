import Link from "next/link";
import { notFound } from "next/navigation";
import { AgendaEditor } from "@/components/sessions/agenda-editor";
import { SessionForm } from "@/components/sessions/session-form";
import { SessionSummary } from "@/components/sessions/session-summary";
import { TimeZoneList } from "@/components/sessions/time-zone-list";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { can } from "@/lib/authz";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { fieldRules } from "@/lib/form-rules";
import { listFormats } from "@/lib/formats/data";
import { getSession } from "@/lib/sessions/data";
import { sessionFieldsSchema } from "@/lib/sessions/schema";
import { withSlots } from "@/lib/sessions/timetable";
import { listThemes } from "@/lib/themes/data";
import { utcToZonedInput } from "@/lib/time";

export const metadata = { title: "Session" };

/** One session: when and where, its agenda as a timetable in venue time, its notes; editors change all three. */
export default async function SessionPage({
  params,
}: {
  params: Promise<{ slug: string; dialogueId: string; sessionId: string }>;
}) {
  const { slug, dialogueId, sessionId } = await params;
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const [session, formats, themes] = await Promise.all([
    getSession(context, dialogue.id, sessionId),
    listFormats(context, dialogue.id),
    listThemes(context, dialogue.id),
  ]);
  if (!session) notFound();
  const edits = can(context.role, "record.edit");
  const href = `/o/${slug}/dialogues/${dialogue.id}/sessions/${session.id}`;
  const formatChoices = Object.fromEntries(
    formats.filter((format) => format.status !== "REJECTED").map((format) => [format.id, format.name]),
  );
  const themeChoices = Object.fromEntries(
    themes.filter((theme) => theme.status !== "DROPPED").map((theme) => [theme.id, theme.title]),
  );
  return (
    <div className="space-y-6" data-testid="session">
      <Card className="p-4">
        <SessionSummary session={session} calendarHref={`${href}/calendar`} />
      </Card>
      <Card
        role="region"
        aria-labelledby="participants-heading"
        className="flex flex-wrap items-center justify-between gap-3 p-4"
      >
        <div>
          <h3 id="participants-heading" className="font-semibold">
            Participants
          </h3>
          <p className="text-sm text-muted-foreground">
            {session._count.participants === 1 ? "1 person" : `${session._count.participants} people`} on the list, with
            their posts as of this session, screening and logistics.
          </p>
        </div>
        <Link href={`${href}/participants`} className="text-sm font-medium underline underline-offset-2">
          Open participants<span className="sr-only"> of {session.title}</span>
        </Link>
      </Card>
      <Card role="region" aria-labelledby="agenda-heading">
        <CardHeader>
          <CardTitle id="agenda-heading">Agenda</CardTitle>
        </CardHeader>
        <CardContent>
          <AgendaEditor
            organizationSlug={slug}
            sessionId={session.id}
            items={withSlots(session)}
            themes={themeChoices}
            editable={edits}
          />
        </CardContent>
      </Card>
      {session.notes ? (
        <Card role="region" aria-labelledby="notes-heading">
          <CardHeader>
            <CardTitle id="notes-heading">Notes</CardTitle>
          </CardHeader>
          <CardContent>
            <p className="whitespace-pre-wrap text-sm">{session.notes}</p>
          </CardContent>
        </Card>
      ) : null}
      {edits ? (
        <Card role="region" aria-labelledby="edit-heading" className="print:hidden">
          <CardHeader>
            <CardTitle id="edit-heading">Edit session</CardTitle>
          </CardHeader>
          <CardContent>
            <SessionForm
              rules={fieldRules(sessionFieldsSchema)}
              organizationSlug={slug}
              dialogueId={dialogue.id}
              formats={formatChoices}
              session={{
                ...session,
                startsAt: utcToZonedInput(session.startsAt, session.timeZone),
                endsAt: utcToZonedInput(session.endsAt, session.timeZone),
                formatId: session.formatId ?? "",
              }}
            />
            <TimeZoneList />
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
