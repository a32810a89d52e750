import { SessionForm } from "@/components/sessions/session-form";
import { SessionSummary } from "@/components/sessions/session-summary";
import { TimeZoneList } from "@/components/sessions/time-zone-list";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { can } from "@/lib/authz";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { fieldRules } from "@/lib/form-rules";
import { listFormats } from "@/lib/formats/data";
import { listSessions } from "@/lib/sessions/data";
import { sessionFieldsSchema } from "@/lib/sessions/schema";
import { withSlots } from "@/lib/sessions/timetable";
import { defaultTimeZone } from "@/lib/time";

export default async function SessionsPage({ params }: { params: Promise<{ slug: string; dialogueId: string }> }) {
  const { slug, dialogueId } = await params;
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const rules = fieldRules(sessionFieldsSchema);
  const [sessions, formats] = await Promise.all([
    listSessions(context, dialogue.id),
    listFormats(context, dialogue.id),
  ]);
  const edits = can(context.role, "record.edit");
  const formatChoices = Object.fromEntries(
    formats.filter((format) => format.status !== "REJECTED").map((format) => [format.id, format.name]),
  );
  return (
    <div className="space-y-6">
      <section className="space-y-4">
        <h3 className="font-semibold">Sessions</h3>
        {sessions.length === 0 ? (
          <EmptyState
            message="No sessions scheduled yet."
            action={edits ? { href: "#schedule", label: "Schedule a session" } : null}
          />
        ) : null}
        {sessions.map((session) => {
          const href = `/o/${slug}/dialogues/${dialogue.id}/sessions/${session.id}`;
          return (
            <Card key={session.id} className="space-y-3 p-4" data-testid="session">
              <SessionSummary session={session} href={href} calendarHref={`${href}/calendar`} />
              {session.agendaItems.length ? (
                <ol className="space-y-0.5 text-sm" aria-label={`Agenda of ${session.title}`}>
                  {withSlots(session).map((item) => (
                    <li key={item.id} className="flex gap-3">
                      <span className="w-24 shrink-0 font-mono text-muted-foreground">{item.slot ?? "—"}</span>
                      <span>{item.title}</span>
                    </li>
                  ))}
                </ol>
              ) : (
                <p className="text-sm text-muted-foreground">No agenda yet.</p>
              )}
              <Link href={href} className="inline-block text-sm font-medium underline underline-offset-2">
                {edits ? "Open the session to edit its agenda" : "Open the session"}
                <span className="sr-only">: {session.title}</span>
              </Link>
            </Card>
          );
        })}
      </section>
      {edits ? (
        <Card id="schedule" role="region" aria-label="Schedule a session" className="p-4">
          <h3 className="mb-3 font-semibold">Schedule a session</h3>
          <SessionForm
            rules={rules}
            organizationSlug={slug}
            dialogueId={dialogue.id}
            formats={formatChoices}
            defaultTimeZone={defaultTimeZone(dialogue)}
          />
        </Card>
      ) : null}
      <TimeZoneList />
    </div>
  );
}
