import { notFound } from "next/navigation";
import { FollowUpList } from "@/components/outcomes/follow-up-list";
import { AgendaEditor } from "@/components/sessions/agenda-editor";
import { SessionForm } from "@/components/sessions/session-form";
import { SessionSummary } from "@/components/sessions/session-summary";
import { TimeZoneList } from "@/components/sessions/time-zone-list";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ExportLink } from "@/components/ui/export-link";
import { Link } from "@/components/ui/link";
import { can } from "@/lib/authz";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { fieldRules } from "@/lib/form-rules";
import { listFormats } from "@/lib/formats/data";
import { listOpenFollowUps } from "@/lib/outcomes/reads";
import { SIDES } from "@/lib/participants/continuity";
import { participantRoleLabels, participantSideLabels } from "@/lib/participants/labels";
import { listSessionRoll } from "@/lib/participants/reads";
import { todayUtc } from "@/lib/readiness/score";
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
  // The list of names needs the session's day for each post: it follows the session's read,
  // while the rest run beside them.
  const sessionRead = getSession(context, dialogue.id, sessionId);
  const [session, roll, formats, themes, commitments] = await Promise.all([
    sessionRead,
    sessionRead.then((found) => (found ? listSessionRoll(context, dialogue.id, found) : [])),
    listFormats(context, dialogue.id),
    listThemes(context, dialogue.id),
    listOpenFollowUps(context, dialogue.id),
  ]);
  if (!session) notFound();
  const planning = session.status === "PLANNED" || session.status === "CONFIRMED";
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
        <p className="mt-3 text-sm print:hidden">
          Briefing pack: {/* Making a pack is recorded: never on a prefetch. */}
          <Link href={`${href}/pack`} prefetch={false} className="underline underline-offset-2">
            internal
          </Link>
          {" · "}
          <Link href={`${href}/pack?variant=distribution`} prefetch={false} className="underline underline-offset-2">
            for distribution
          </Link>
        </p>
      </Card>
      <Card role="region" aria-labelledby="participants-heading">
        <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
          <CardTitle id="participants-heading">Participants</CardTitle>
          <Link href={`${href}/participants`} className="text-sm font-medium underline underline-offset-2">
            Screening and logistics<span className="sr-only"> of {session.title}'s participants</span>
          </Link>
        </CardHeader>
        <CardContent>
          {roll.length ? (
            <div className="grid gap-4 text-sm sm:grid-cols-2">
              {SIDES.map((side) => {
                const rows = roll.filter((row) => row.participant.side === side);
                return rows.length ? (
                  <div key={side}>
                    <h4 className="font-medium">{participantSideLabels[side]}</h4>
                    <ul
                      className="mt-1 space-y-1"
                      aria-label={`${participantSideLabels[side]}, posts as of the session`}
                    >
                      {rows.map((row) => (
                        <li key={row.id}>
                          <Link
                            href={`/o/${slug}/interlocutors/${row.participant.interlocutor.id}`}
                            className="underline-offset-2 hover:underline"
                          >
                            {row.participant.interlocutor.name}
                          </Link>
                          <span className="text-muted-foreground">
                            {" "}
                            · {participantRoleLabels[row.participant.role]}
                            {row.post ? ` · ${row.post.title}, ${row.post.institution.name}` : ""}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null;
              })}
            </div>
          ) : (
            <p className="text-sm text-muted-foreground">
              Nobody on the list yet.{" "}
              <Link href={`${href}/participants`} className="underline">
                Add participants
              </Link>
            </p>
          )}
        </CardContent>
      </Card>
      {session.status === "HELD" ? (
        <Card role="region" aria-labelledby="outcome-heading">
          <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
            <CardTitle id="outcome-heading">Outcome</CardTitle>
            <Link href={`${href}/outcome`} className="text-sm font-medium underline underline-offset-2">
              Outcome, follow-ups and readouts<span className="sr-only"> of {session.title}</span>
            </Link>
          </CardHeader>
          <CardContent>
            <p className="whitespace-pre-wrap text-sm" data-testid="session-outcome">
              {session.outcome || "No outcome recorded yet."}
            </p>
          </CardContent>
        </Card>
      ) : null}
      {planning && commitments.length ? (
        <Card role="region" aria-labelledby="commitments-heading" data-testid="open-commitments">
          <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
            <CardTitle id="commitments-heading">Open commitments from earlier sessions</CardTitle>
            <ExportLink path={`/o/${slug}/dialogues/${dialogue.id}/follow-ups/export`} what="the open commitments" />
          </CardHeader>
          <CardContent>
            <FollowUpList rows={commitments} today={todayUtc()} label="Open commitments" showSession />
          </CardContent>
        </Card>
      ) : null}
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
