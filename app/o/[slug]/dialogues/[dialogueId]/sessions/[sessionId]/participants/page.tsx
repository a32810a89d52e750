import { notFound } from "next/navigation";
import { AddSessionParticipantForm } from "@/components/participants/add-session-participant-form";
import { DistributionRoster } from "@/components/participants/distribution-roster";
import { ScreeningForm } from "@/components/participants/screening-form";
import { SessionParticipantForm } from "@/components/participants/session-participant-form";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { EmptyState } from "@/components/ui/empty-state";
import { Link } from "@/components/ui/link";
import { can } from "@/lib/authz";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { SIDES } from "@/lib/participants/continuity";
import { isExpected, overdueLogistics, screeningProblem, screeningProblems } from "@/lib/participants/gate";
import {
  attendanceLabels,
  exemptionStatusLabels,
  namingConsentLabels,
  participantRoleLabels,
  participantSideLabels,
  screeningResultLabels,
  visaStatusLabels,
} from "@/lib/participants/labels";
import { getSessionRoster } from "@/lib/participants/reads";
import { todayUtc } from "@/lib/readiness/score";

export const metadata = { title: "Session participants" };

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

const screeningTones: Record<string, BadgeTone> = { CLEAR: "answered", POSSIBLE_MATCH: "stale", LISTED: "blocked" };

/**
 * Who takes part in one session, by side, with their post on the session's day; each one's
 * sanctions screening and logistics, and what still stops the session from being confirmed.
 */
export default async function SessionParticipantsPage({
  params,
}: {
  params: Promise<{ slug: string; dialogueId: string; sessionId: string }>;
}) {
  const { slug, dialogueId, sessionId } = await params;
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const roster = await getSessionRoster(context, dialogue.id, sessionId);
  if (!roster) notFound();
  const { session, participants, addable, screeningLists } = roster;
  const edits = can(context.role, "record.edit");
  const today = todayUtc(new Date());
  const gateRow = (row: (typeof participants)[number]) => ({
    name: row.participant.interlocutor.name,
    status: row.participant.status,
    attendance: row.attendance,
    screening: row.screening,
  });
  const problems = screeningProblems(participants.map(gateRow), screeningLists);
  const sessionHref = `/o/${slug}/dialogues/${dialogue.id}/sessions/${session.id}`;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href={sessionHref} className="underline underline-offset-2">
            ← {session.title}
          </Link>
        </p>
        <h3 className="text-lg font-semibold">Participants of {session.title}</h3>
        <p className="text-sm text-muted-foreground">
          Posts as of the session's day, <DateTime value={session.startsAt} dateOnly />. Screening lists:{" "}
          {screeningLists.join(", ")}.
        </p>
      </div>
      {participants.length && (session.status === "PLANNED" || session.status === "CONFIRMED") ? (
        problems.length ? (
          <Card
            role="status"
            className={`p-4 text-sm ${session.status === "CONFIRMED" ? "border-destructive" : ""}`}
            data-testid="screening-gate"
          >
            <p className="font-medium">
              {session.status === "CONFIRMED"
                ? "This session is confirmed, but screening no longer clears everyone:"
                : "This session cannot be confirmed until:"}
            </p>
            <ul className="mt-1 list-disc pl-5">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Card>
        ) : (
          <Card role="status" className="p-4 text-sm" data-testid="screening-gate">
            Everyone expected has been screened and cleared: the session can be confirmed.
          </Card>
        )
      ) : null}
      {participants.length ? (
        <DistributionRoster
          rule={session.attributionRule}
          people={participants
            .filter((row) => isExpected(gateRow(row)))
            .map((row) => ({
              side: row.participant.side,
              consent: row.participant.consent,
              name: row.participant.interlocutor.name,
              post: row.post,
            }))}
        />
      ) : null}
      {participants.length === 0 ? (
        <EmptyState
          message="Nobody is on this session's list yet."
          action={
            edits && addable.length ? { href: "#add-session-participant-heading", label: "Add a participant" } : null
          }
        />
      ) : null}
      {SIDES.map((side) => {
        const rows = participants.filter((row) => row.participant.side === side);
        if (rows.length === 0) return null;
        return (
          <section key={side} className="space-y-2" aria-label={participantSideLabels[side]}>
            <h4 className="font-semibold">{participantSideLabels[side]}</h4>
            {rows.map((row) => {
              const person = row.participant.interlocutor;
              const problem = screeningProblem(gateRow(row), screeningLists);
              const overdue = overdueLogistics(session, { ...row, status: row.participant.status }, today);
              return (
                <Card key={row.id} className="space-y-3 p-4" data-testid="session-participant">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <Link
                        href={`/o/${slug}/interlocutors/${person.id}`}
                        className="font-medium underline-offset-2 hover:underline"
                      >
                        {person.name}
                      </Link>
                      <span className="text-sm text-muted-foreground">
                        {" "}
                        · {participantRoleLabels[row.participant.role]} · {namingConsentLabels[row.participant.consent]}
                      </span>
                      <p className="text-sm text-muted-foreground">
                        {row.post ? `${row.post.title}, ${row.post.institution.name}` : "No post recorded for that day"}
                      </p>
                    </div>
                    <div className="flex flex-wrap gap-1">
                      <Badge tone="outline">{attendanceLabels[row.attendance]}</Badge>
                      {row.screening ? (
                        <Badge tone={screeningTones[row.screening.result]}>
                          {screeningResultLabels[row.screening.result]}
                          {row.screening.result !== "CLEAR"
                            ? ` · exemption ${exemptionStatusLabels[row.screening.exemption].toLowerCase()}`
                            : ""}
                        </Badge>
                      ) : (
                        <Badge tone="open">Not screened</Badge>
                      )}
                      {overdue.map((item) => (
                        <Badge key={item} tone="overdue">
                          {item}
                        </Badge>
                      ))}
                    </div>
                  </div>
                  <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
                    <dt className="text-muted-foreground">Screening</dt>
                    <dd>
                      {row.screening ? (
                        <>
                          {row.screening.lists.join(", ")} on <DateTime value={row.screening.checkedOn} dateOnly />
                          {row.screening.checkedBy ? ` by ${row.screening.checkedBy.name}` : ""}
                          {row.screening.exemptionReference ? ` · ref. ${row.screening.exemptionReference}` : ""}
                          {problem ? <span className="block text-destructive">{problem}.</span> : null}
                        </>
                      ) : (
                        "Not screened yet"
                      )}
                    </dd>
                    <dt className="text-muted-foreground">Invitation letter</dt>
                    <dd>
                      {row.invitationSentOn ? (
                        <>
                          Sent <DateTime value={row.invitationSentOn} dateOnly />
                        </>
                      ) : (
                        "Not sent"
                      )}
                    </dd>
                    <dt className="text-muted-foreground">Visa</dt>
                    <dd>
                      {visaStatusLabels[row.visa]}
                      {row.visaLeadDays ? ` · takes ${row.visaLeadDays} days` : ""}
                    </dd>
                    <dt className="text-muted-foreground">Travel</dt>
                    <dd>{row.travelBooked ? "Booked" : "Not booked"}</dd>
                    <dt className="text-muted-foreground">Interpretation</dt>
                    <dd>{row.interpretation || "None"}</dd>
                  </dl>
                  {edits ? (
                    <div className="grid gap-3 lg:grid-cols-2">
                      <details className="rounded-md border border-border p-3">
                        <summary className="cursor-pointer text-sm font-medium">
                          Record a screening<span className="sr-only"> of {person.name}</span>
                        </summary>
                        <div className="mt-3">
                          <ScreeningForm
                            organizationSlug={slug}
                            sessionParticipantId={row.id}
                            lists={screeningLists}
                            today={day(today)}
                          />
                        </div>
                      </details>
                      <details className="rounded-md border border-border p-3">
                        <summary className="cursor-pointer text-sm font-medium">
                          Attendance and logistics<span className="sr-only"> of {person.name}</span>
                        </summary>
                        <div className="mt-3">
                          <SessionParticipantForm
                            organizationSlug={slug}
                            row={{ ...row, invitationSentOn: day(row.invitationSentOn) }}
                          />
                        </div>
                      </details>
                    </div>
                  ) : null}
                </Card>
              );
            })}
          </section>
        );
      })}
      {edits ? (
        <Card role="region" aria-labelledby="add-session-participant-heading">
          <CardHeader>
            <CardTitle id="add-session-participant-heading">Add a participant</CardTitle>
          </CardHeader>
          <CardContent>
            {addable.length ? (
              <AddSessionParticipantForm
                organizationSlug={slug}
                sessionId={session.id}
                participants={Object.fromEntries(addable.map((row) => [row.id, row.interlocutor.name]))}
              />
            ) : (
              <p className="text-sm">
                Everyone in the dialogue is on this session's list.{" "}
                <Link
                  href={`/o/${slug}/dialogues/${dialogue.id}/participants#add-participant-heading`}
                  className="underline"
                >
                  Add someone to the dialogue
                </Link>{" "}
                first.
              </p>
            )}
          </CardContent>
        </Card>
      ) : null}
    </div>
  );
}
