import { notFound } from "next/navigation";
import { FollowUpForm } from "@/components/outcomes/follow-up-form";
import { FollowUpList } from "@/components/outcomes/follow-up-list";
import { FollowUpStatusButton } from "@/components/outcomes/follow-up-status-button";
import { OutcomeForm } from "@/components/outcomes/outcome-form";
import { ReadoutForm } from "@/components/outcomes/readout-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { Link } from "@/components/ui/link";
import { can } from "@/lib/authz";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { attributionRuleLabels } from "@/lib/labels";
import { listMembers } from "@/lib/members/data";
import { readoutModeLabels } from "@/lib/outcomes/labels";
import { getSessionOutcome } from "@/lib/outcomes/reads";
import { todayUtc } from "@/lib/readiness/score";

export const metadata = { title: "Session outcome" };

/**
 * What a held session produced: the unattributed summary, the follow-up commitments, and the Track
 * 1 readouts, the record by which continuity survives a long pause.
 */
export default async function SessionOutcomePage({
  params,
}: {
  params: Promise<{ slug: string; dialogueId: string; sessionId: string }>;
}) {
  const { slug, dialogueId, sessionId } = await params;
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const [session, members] = await Promise.all([
    getSessionOutcome(context, dialogue.id, sessionId),
    listMembers(context),
  ]);
  if (!session) notFound();
  const edits = can(context.role, "record.edit") && session.status === "HELD";
  const today = todayUtc();
  const assignees = Object.fromEntries(
    members.filter((member) => member.status === "ACTIVE").map((member) => [member.id, member.user.name]),
  );
  const sessionHref = `/o/${slug}/dialogues/${dialogue.id}/sessions/${session.id}`;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <p className="text-sm">
          <Link href={sessionHref} className="underline underline-offset-2">
            ← {session.title}
          </Link>
        </p>
        <h3 className="text-lg font-semibold">Outcome of {session.title}</h3>
        <p className="text-sm text-muted-foreground">
          {session.status === "HELD"
            ? `Attribution: ${attributionRuleLabels[session.attributionRule]}. Unless the session was on the record, the summary names nobody on its list.`
            : "Outcomes are recorded once the session is held: set its status to Held first."}
        </p>
      </div>

      <Card role="region" aria-labelledby="summary-heading">
        <CardHeader>
          <CardTitle id="summary-heading">Summary</CardTitle>
        </CardHeader>
        <CardContent>
          {edits ? (
            <OutcomeForm organizationSlug={slug} session={session} />
          ) : session.outcome ? (
            <p className="whitespace-pre-wrap text-sm">{session.outcome}</p>
          ) : (
            <p className="text-sm text-muted-foreground">No summary recorded.</p>
          )}
        </CardContent>
      </Card>

      <Card role="region" aria-labelledby="follow-ups-heading">
        <CardHeader>
          <CardTitle id="follow-ups-heading">Follow-ups ({session.followUps.length})</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          {session.followUps.length ? (
            <FollowUpList
              rows={session.followUps.map((row) => ({ ...row, session }))}
              today={today}
              label="Follow-ups"
              change={
                edits
                  ? (row) =>
                      row.status === "DROPPED" ? null : <FollowUpStatusButton organizationSlug={slug} followUp={row} />
                  : undefined
              }
            />
          ) : (
            <p className="text-sm text-muted-foreground">No follow-up recorded.</p>
          )}
          {edits ? <FollowUpForm organizationSlug={slug} sessionId={session.id} assignees={assignees} /> : null}
        </CardContent>
      </Card>

      <Card role="region" aria-labelledby="readouts-heading">
        <CardHeader>
          <CardTitle id="readouts-heading">Track 1 readouts ({session.readouts.length})</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          {session.readouts.length ? (
            <ul className="space-y-2 text-sm" data-testid="readouts">
              {session.readouts.map((readout) => (
                <li key={readout.id}>
                  <span className="font-medium">{readout.unit}</span>{" "}
                  <span className="text-muted-foreground">
                    · <DateTime value={readout.briefedOn} dateOnly /> · by {readout.briefedBy} ·{" "}
                    {readoutModeLabels[readout.mode].toLowerCase()}
                  </span>
                  {readout.reaction ? <span className="block whitespace-pre-wrap">{readout.reaction}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-muted-foreground">Nobody in government briefed yet.</p>
          )}
          {edits ? (
            <ReadoutForm organizationSlug={slug} sessionId={session.id} today={today.toISOString().slice(0, 10)} />
          ) : null}
        </CardContent>
      </Card>
    </div>
  );
}
