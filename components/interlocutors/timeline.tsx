import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { Link } from "@/components/ui/link";
import { changeKindLabels, seniorityLabels } from "@/lib/interlocutors/labels";
import type { getInterlocutor } from "@/lib/interlocutors/reads";
import { confidenceLabels } from "@/lib/labels";
import {
  attendanceLabels,
  participantRoleLabels,
  participantSideLabels,
  participationStatusLabels,
} from "@/lib/participants/labels";

type Person = NonNullable<Awaited<ReturnType<typeof getInterlocutor>>>;

/** A person's posts, changes and participations in one list, newest first. */
export function Timeline({ slug, person }: { slug: string; person: Person }) {
  // One timeline, newest first: posts by the day they began, changes by the day they happened.
  // Participations count by the session's day (or, before any session, the day they joined).
  const timeline = [
    ...person.affiliations.map((post) => ({ type: "post" as const, date: post.startsOn, post })),
    ...person.changes.map((change) => ({ type: "change" as const, date: change.occurredOn, change })),
    ...person.participations.flatMap((participation) =>
      participation.sessions.map((row) => ({
        type: "session" as const,
        date: row.session.startsAt,
        participation,
        row,
      })),
    ),
    ...person.participations
      .filter((participation) => participation.sessions.length === 0)
      .map((participation) => ({ type: "joined" as const, date: participation.createdAt, participation })),
  ].sort((a, b) => b.date.getTime() - a.date.getTime() || (a.type === "change" ? -1 : 1));
  const today = new Date();
  const isCurrent = (post: { startsOn: Date; endsOn: Date | null }) =>
    post.startsOn <= today && (post.endsOn === null || post.endsOn >= today);
  return (
    <section className="space-y-2" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading" className="font-semibold">
        Timeline
      </h3>
      {timeline.length ? (
        <Card>
          <ol className="divide-y divide-border text-sm" aria-label="Posts, changes and participations, newest first">
            {timeline.map((entry) =>
              entry.type === "session" || entry.type === "joined" ? (
                <li
                  key={entry.type === "session" ? `session-${entry.row.id}` : `joined-${entry.participation.id}`}
                  className="flex flex-wrap gap-x-3 gap-y-1 px-4 py-3"
                  data-testid="participation-row"
                >
                  <span className="w-28 shrink-0 text-muted-foreground">
                    <DateTime value={entry.date} dateOnly />
                  </span>
                  <span className="min-w-0 flex-1">
                    <Badge tone="outline">
                      {entry.type === "session" ? attendanceLabels[entry.row.attendance] : "Joined"}
                    </Badge>{" "}
                    {entry.type === "session" ? (
                      <Link
                        href={`/o/${slug}/dialogues/${entry.participation.dialogue.id}/sessions/${entry.row.session.id}/participants`}
                        className="underline"
                      >
                        {entry.row.session.title}
                      </Link>
                    ) : null}
                    {entry.type === "session" ? " of " : " "}
                    <Link
                      href={`/o/${slug}/dialogues/${entry.participation.dialogue.id}/participants`}
                      className="underline"
                    >
                      {entry.participation.dialogue.title}
                    </Link>
                    <span className="block text-xs text-muted-foreground">
                      {participantRoleLabels[entry.participation.role]} ·{" "}
                      {participantSideLabels[entry.participation.side]} ·{" "}
                      {participationStatusLabels[entry.participation.status]}
                    </span>
                  </span>
                </li>
              ) : entry.type === "post" ? (
                <li
                  key={`post-${entry.post.id}`}
                  className="flex flex-wrap gap-x-3 gap-y-1 px-4 py-3"
                  data-testid="post-row"
                >
                  <span className="w-28 shrink-0 text-muted-foreground">
                    <DateTime value={entry.post.startsOn} dateOnly />
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="font-medium">{entry.post.title}</span>, {entry.post.institution.name}
                    {isCurrent(entry.post) ? (
                      <Badge tone="answered" className="ml-2">
                        Current
                      </Badge>
                    ) : null}
                    <span className="block text-xs text-muted-foreground">
                      Post{" "}
                      {entry.post.endsOn ? (
                        <>
                          until <DateTime value={entry.post.endsOn} dateOnly />
                        </>
                      ) : (
                        "held"
                      )}
                      {entry.post.seniority ? ` · ${seniorityLabels[String(entry.post.seniority)]}` : ""}
                      {entry.post.source ? ` · ${entry.post.source}` : ""} · {confidenceLabels[entry.post.confidence]}{" "}
                      confidence
                    </span>
                  </span>
                </li>
              ) : (
                <li
                  key={`change-${entry.change.id}`}
                  className="flex flex-wrap gap-x-3 gap-y-1 px-4 py-3"
                  data-testid="change-row"
                >
                  <span className="w-28 shrink-0 text-muted-foreground">
                    <DateTime value={entry.change.occurredOn} dateOnly />
                  </span>
                  <span className="min-w-0 flex-1">
                    <Badge tone="progress">{changeKindLabels[entry.change.kind]}</Badge>{" "}
                    {entry.change.successor ? (
                      <Link href={`/o/${slug}/interlocutors/${entry.change.successor.id}`} className="underline">
                        {entry.change.successor.name}
                      </Link>
                    ) : null}
                    {entry.change.closedAffiliation ? (
                      <span>
                        {" "}
                        · left {entry.change.closedAffiliation.title}, {entry.change.closedAffiliation.institution.name}
                      </span>
                    ) : null}
                    <span className="block text-xs text-muted-foreground">
                      {entry.change.source} · {confidenceLabels[entry.change.confidence]} confidence
                      {entry.change.note ? ` · ${entry.change.note}` : ""}
                    </span>
                  </span>
                </li>
              ),
            )}
          </ol>
        </Card>
      ) : (
        <p className="text-sm text-muted-foreground">No post, change or participation recorded yet.</p>
      )}
    </section>
  );
}
