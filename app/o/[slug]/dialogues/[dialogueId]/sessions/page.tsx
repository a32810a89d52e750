import { AgendaEditor } from "@/components/sessions/agenda-editor";
import { SessionForm } from "@/components/sessions/session-form";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { can } from "@/lib/authz";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { fieldRules } from "@/lib/form-rules";
import { listFormats } from "@/lib/formats/data";
import { attributionRuleLabels, sessionStatusLabels } from "@/lib/labels";
import { listSessions } from "@/lib/sessions/data";
import { sessionFieldsSchema } from "@/lib/sessions/schema";
import { timetable } from "@/lib/sessions/timetable";
import { listThemes } from "@/lib/themes/data";
import { utcToZonedInput } from "@/lib/time";

/** A session's agenda items, each with its clock time in venue time. */
function withSlots<I extends { durationMinutes: number | null }>(session: {
  startsAt: Date;
  timeZone: string;
  agendaItems: I[];
}) {
  const slots = timetable(session.startsAt, session.timeZone, session.agendaItems);
  return session.agendaItems.map((item, index) => ({ ...item, slot: slots[index] ?? null }));
}

export default async function SessionsPage({ params }: { params: Promise<{ slug: string; dialogueId: string }> }) {
  const { slug, dialogueId } = await params;
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const rules = fieldRules(sessionFieldsSchema);
  const [sessions, formats, themes] = await Promise.all([
    listSessions(context, dialogue.id),
    listFormats(context, dialogue.id),
    listThemes(context, dialogue.id),
  ]);
  const edits = can(context.role, "record.edit");
  const formatChoices = Object.fromEntries(
    formats.filter((format) => format.status !== "REJECTED").map((format) => [format.id, format.name]),
  );
  const themeChoices = Object.fromEntries(
    themes.filter((theme) => theme.status !== "DROPPED").map((theme) => [theme.id, theme.title]),
  );
  return (
    <div className="space-y-8">
      <section className="space-y-4">
        <h3 className="font-semibold">Sessions</h3>
        {sessions.length === 0 ? (
          <EmptyState
            message="No sessions scheduled yet."
            action={edits ? { href: "#schedule", label: "Schedule a session" } : null}
          />
        ) : null}
        {sessions.map((session) => (
          <article
            key={session.id}
            className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
            data-testid="session"
          >
            <header className="flex flex-wrap items-baseline justify-between gap-2">
              <div>
                <h4 className="font-medium">{session.title}</h4>
                <p className="text-sm text-slate-600">
                  <DateTime value={session.startsAt} timeZone={session.timeZone} /> to{" "}
                  <DateTime value={session.endsAt} timeZone={session.timeZone} />
                </p>
                <p className="text-sm text-slate-600">
                  {sessionStatusLabels[session.status]} · {attributionRuleLabels[session.attributionRule]}
                  {session.venue ? ` · ${session.venue}` : ""}
                  {session.format ? ` · ${session.format.name}` : ""}
                </p>
              </div>
              <a
                className="text-sm underline"
                href={`/o/${slug}/dialogues/${dialogue.id}/sessions/${session.id}/calendar`}
                download
              >
                Download .ics
              </a>
            </header>
            <AgendaEditor
              organizationSlug={slug}
              sessionId={session.id}
              items={withSlots(session)}
              themes={themeChoices}
              editable={edits}
            />
            {session.notes ? <p className="whitespace-pre-wrap text-sm">{session.notes}</p> : null}
            <p className="text-xs text-slate-500">
              Participants come from the interlocutor registry, which arrives in a later release.
            </p>
            {edits ? (
              <details>
                <summary className="cursor-pointer text-sm text-slate-600">Edit session</summary>
                <SessionForm
                  rules={rules}
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
              </details>
            ) : null}
          </article>
        ))}
      </section>
      {edits ? (
        <section
          id="schedule"
          aria-label="Schedule a session"
          className="rounded-lg border border-slate-200 bg-white p-4"
        >
          <h3 className="mb-3 font-semibold">Schedule a session</h3>
          <SessionForm rules={rules} organizationSlug={slug} dialogueId={dialogue.id} formats={formatChoices} />
        </section>
      ) : null}
      <datalist id="time-zones">
        {Intl.supportedValuesOf("timeZone").map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </div>
  );
}
