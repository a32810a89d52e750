import { ContinuityView } from "@/components/participants/continuity-view";
import { ParticipantForm } from "@/components/participants/participant-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { controlClass } from "@/components/ui/field";
import { Link } from "@/components/ui/link";
import { RouteSheet } from "@/components/ui/route-sheet";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { can } from "@/lib/authz";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { toDate } from "@/lib/form-values";
import { listRecentChanges } from "@/lib/interlocutors/change-reads";
import { changeKindLabels } from "@/lib/interlocutors/labels";
import { SIDES } from "@/lib/participants/continuity";
import { getContinuity } from "@/lib/participants/continuity-reads";
import {
  namingConsentLabels,
  participantCapacityLabels,
  participantRoleLabels,
  participantSideLabels,
  participationStatusLabels,
} from "@/lib/participants/labels";
import { listParticipants } from "@/lib/participants/reads";
import { participantsQuerySchema } from "@/lib/participants/schema";

export const metadata = { title: "Participants" };

const day = (date: Date) => date.toISOString().slice(0, 10);
/** A session's day as people read it (an <option> holds text only, not a DateTime). */
const sessionDay = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", dateStyle: "medium" });

/**
 * A dialogue's people: the roster by side with everyone's post as of any day, roster continuity
 * between two sessions, and the latest changes to the people involved.
 */
export default async function ParticipantsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; dialogueId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, dialogueId } = await params;
  const query = participantsQuerySchema.parse(await searchParams);
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const asOf = toDate(query.asOf) ?? new Date(`${day(new Date())}T00:00:00Z`);
  const edits = can(context.role, "record.edit");
  const [participants, continuity, changes] = await Promise.all([
    listParticipants(context, dialogue.id, asOf),
    getContinuity(context, dialogue.id, { from: query.from, to: query.to }),
    listRecentChanges(context, { dialogueId: dialogue.id }),
  ]);
  const base = `/o/${slug}/dialogues/${dialogue.id}/participants`;
  // The page as it stands (the roster's day), which an edit sheet opens over and closes back to.
  const here = `${base}?asOf=${day(asOf)}`;
  const editing = edits ? participants.find((row) => row.id === query.edit) : undefined;
  return (
    <div className="space-y-8">
      <section className="space-y-3" aria-labelledby="roster-heading">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h3 id="roster-heading" className="font-semibold">
            Roster as of <DateTime value={asOf} dateOnly />
          </h3>
          <form method="get" action={base} className="flex items-end gap-2">
            <div className="space-y-1">
              <label htmlFor="as-of" className="block text-sm font-medium">
                As of
              </label>
              <input id="as-of" name="asOf" type="date" defaultValue={day(asOf)} className={controlClass} />
            </div>
            <Button type="submit" variant="secondary">
              Show
            </Button>
          </form>
        </div>
        {participants.length === 0 ? (
          <EmptyState
            message="Nobody takes part in this dialogue yet."
            action={edits ? { href: "#add-participant-heading", label: "Add a participant" } : null}
          />
        ) : (
          SIDES.map((side) => {
            const rows = participants.filter((row) => row.side === side);
            if (rows.length === 0) return null;
            return (
              <Card key={side} className="p-2" role="region" aria-label={participantSideLabels[side]}>
                <h4 className="px-2 pt-2 text-sm font-semibold">{participantSideLabels[side]}</h4>
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead>Name</TableHead>
                      <TableHead>Post on that day</TableHead>
                      <TableHead>Role</TableHead>
                      <TableHead>Status</TableHead>
                      <TableHead>Consent</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {rows.map((row) => {
                      const post = row.interlocutor.affiliations[0];
                      return (
                        <TableRow key={row.id} data-testid="participant-row">
                          <TableCell label="Name">
                            <span>
                              <Link
                                href={`/o/${slug}/interlocutors/${row.interlocutor.id}`}
                                className="inline-flex min-h-6 items-center font-medium underline-offset-2 hover:underline"
                              >
                                {row.interlocutor.name}
                              </Link>
                              {edits ? (
                                <Link
                                  href={`${here}&edit=${row.id}`}
                                  scroll={false}
                                  className="ml-2 inline-flex min-h-6 items-center text-xs text-muted-foreground underline"
                                >
                                  Edit<span className="sr-only"> {row.interlocutor.name}'s terms</span>
                                </Link>
                              ) : null}
                            </span>
                          </TableCell>
                          <TableCell label="Post">
                            {post ? (
                              `${post.title}, ${post.institution.name}`
                            ) : (
                              <span className="text-muted-foreground">None recorded</span>
                            )}
                          </TableCell>
                          <TableCell label="Role">
                            {participantRoleLabels[row.role]}
                            <span className="block text-xs text-muted-foreground">
                              {participantCapacityLabels[row.capacity]}
                            </span>
                          </TableCell>
                          <TableCell label="Status">
                            <Badge
                              tone={
                                row.status === "CONFIRMED"
                                  ? "answered"
                                  : row.status === "DECLINED" || row.status === "WITHDRAWN"
                                    ? "na"
                                    : "progress"
                              }
                            >
                              {participationStatusLabels[row.status]}
                            </Badge>
                          </TableCell>
                          <TableCell label="Consent">{namingConsentLabels[row.consent]}</TableCell>
                        </TableRow>
                      );
                    })}
                  </TableBody>
                </Table>
              </Card>
            );
          })
        )}
      </section>

      <section className="space-y-3" aria-labelledby="continuity">
        <h3 id="continuity" className="scroll-mt-20 font-semibold">
          Roster continuity
        </h3>
        {continuity ? (
          <Card className="space-y-4 p-4">
            <form method="get" action={`${base}#continuity`} className="flex flex-wrap items-end gap-2">
              {(["from", "to"] as const).map((end) => (
                <div key={end} className="space-y-1">
                  <label htmlFor={`continuity-${end}`} className="block text-sm font-medium">
                    {end === "from" ? "Compare" : "with"}
                  </label>
                  <select
                    id={`continuity-${end}`}
                    name={end}
                    defaultValue={continuity[end].id}
                    className={controlClass}
                  >
                    {continuity.sessions.map((session) => (
                      <option key={session.id} value={session.id}>
                        {session.title} ({sessionDay.format(session.startsAt)})
                      </option>
                    ))}
                  </select>
                </div>
              ))}
              <Button type="submit" variant="secondary">
                Compare
              </Button>
            </form>
            <ContinuityView slug={slug} continuity={continuity.continuity} from={continuity.from} to={continuity.to} />
          </Card>
        ) : (
          <p className="text-sm text-muted-foreground">
            Continuity compares the roster of the last held session with the next one. It appears once a session has
            been held and another follows it.
          </p>
        )}
      </section>

      <section className="space-y-3" aria-labelledby="people-changes-heading">
        <h3 id="people-changes-heading" className="font-semibold">
          Recent changes to these people
        </h3>
        {changes.length ? (
          <Card>
            <ul className="divide-y divide-border text-sm">
              {changes.map((change) => (
                <li key={change.id} className="flex flex-wrap gap-x-3 px-4 py-2">
                  <span className="w-28 shrink-0 text-muted-foreground">
                    <DateTime value={change.occurredOn} dateOnly />
                  </span>
                  <span>
                    <Link href={`/o/${slug}/interlocutors/${change.interlocutor.id}`} className="underline">
                      {change.interlocutor.name}
                    </Link>{" "}
                    · {changeKindLabels[change.kind]}
                    {change.successor ? ` ${change.successor.name}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        ) : (
          <p className="text-sm text-muted-foreground">No change logged for this dialogue's people yet.</p>
        )}
      </section>

      {edits ? (
        <Card role="region" aria-labelledby="add-participant-heading">
          <CardHeader>
            <CardTitle id="add-participant-heading">Add a participant</CardTitle>
          </CardHeader>
          <CardContent>
            <ParticipantForm organizationSlug={slug} dialogueId={dialogue.id} />
          </CardContent>
        </Card>
      ) : null}
      {editing ? (
        <RouteSheet
          title={`${editing.interlocutor.name} in ${dialogue.title}`}
          description="Their side, role, capacity, status and consent to be named."
          closeHref={here}
        >
          <ParticipantForm organizationSlug={slug} dialogueId={dialogue.id} participant={editing} />
        </RouteSheet>
      ) : null}
    </div>
  );
}
