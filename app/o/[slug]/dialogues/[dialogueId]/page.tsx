import { CounterpartForm, UnlinkCounterpartButton } from "@/components/dialogues/counterpart-form";
import { DeleteDialogueForm } from "@/components/dialogues/delete-dialogue-form";
import { DialogueForm } from "@/components/dialogues/dialogue-form";
import { TeamForm } from "@/components/dialogues/team-form";
import { ContinuityView } from "@/components/participants/continuity-view";
import { ReadinessChart } from "@/components/readiness/readiness-chart";
import { Card } from "@/components/ui/card";
import { Link } from "@/components/ui/link";
import { can } from "@/lib/authz";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { hasInstitutions } from "@/lib/institutions/reads";
import { listMembers } from "@/lib/members/data";
import { getContinuity } from "@/lib/participants/continuity-reads";
import { getReadinessHistory } from "@/lib/readiness/reads";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export default async function DialogueOverviewPage({
  params,
}: {
  params: Promise<{ slug: string; dialogueId: string }>;
}) {
  const { slug, dialogueId } = await params;
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const manages = can(context.role, "dialogue.manage");
  const edits = can(context.role, "record.edit");
  const [members, anyInstitution, continuity, history] = await Promise.all([
    manages ? listMembers(context) : Promise.resolve([]),
    edits ? hasInstitutions(context) : Promise.resolve(false),
    getContinuity(context, dialogue.id),
    getReadinessHistory(context, dialogue),
  ]);
  const base = `/o/${slug}/dialogues/${dialogue.id}`;
  return (
    <div className="space-y-10">
      <section className="space-y-3" aria-labelledby="overview-readiness-heading">
        <h3 id="overview-readiness-heading" className="font-semibold">
          Readiness over time
        </h3>
        <p className="text-sm text-muted-foreground" data-testid="checklist-template">
          The checklist started from the{" "}
          {dialogue.templateName === "Built-in" ? "built-in questions" : `template “${dialogue.templateName}”`}, version{" "}
          {dialogue.templateVersion}.
        </p>
        {history?.reviews.length ? (
          <Card className="p-4">
            <ReadinessChart reviews={history.reviews} events={history.events} />
          </Card>
        ) : (
          <p className="text-sm text-muted-foreground">
            No review recorded yet.{" "}
            <Link href={`${base}/readiness?tab=reviews`} className="underline underline-offset-2">
              Record one
            </Link>{" "}
            to start the line.
          </p>
        )}
      </section>
      <section className="space-y-3" aria-labelledby="overview-continuity-heading">
        <h3 id="overview-continuity-heading" className="font-semibold">
          Roster continuity
        </h3>
        {continuity ? (
          <Card className="space-y-3 p-4">
            <ContinuityView slug={slug} continuity={continuity.continuity} from={continuity.from} to={continuity.to} />
            <Link href={`${base}/participants#continuity`} className="text-sm font-medium underline underline-offset-2">
              Compare other sessions
            </Link>
          </Card>
        ) : (
          <p className="text-sm text-muted-foreground">
            Once a session has been held and another is planned, this shows who returns, who is new and who dropped out.{" "}
            <Link href={`${base}/participants`} className="underline">
              Participants
            </Link>
          </p>
        )}
      </section>
      <section className="space-y-3" aria-labelledby="counterparts-heading">
        <h3 id="counterparts-heading" className="font-semibold">
          Counterpart institutions
        </h3>
        {dialogue.counterparts.length ? (
          <ul className="space-y-1 text-sm">
            {dialogue.counterparts.map(({ institution }) => (
              <li key={institution.id} className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/o/${slug}/interlocutors?institution=${institution.id}`}
                  className="underline-offset-2 hover:underline"
                >
                  {institution.name}
                </Link>
                {institution.country ? <span className="text-muted-foreground">({institution.country})</span> : null}
                {edits ? (
                  <UnlinkCounterpartButton organizationSlug={slug} dialogueId={dialogue.id} institution={institution} />
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">No counterpart institution linked yet.</p>
        )}
        {edits && anyInstitution ? <CounterpartForm organizationSlug={slug} dialogueId={dialogue.id} /> : null}
      </section>
      <section className="space-y-3">
        <h3 className="font-semibold">Overview</h3>
        <DialogueForm
          organizationSlug={slug}
          readOnly={!can(context.role, "record.edit")}
          dialogue={{
            ...dialogue,
            targetWindowStart: day(dialogue.targetWindowStart),
            targetWindowEnd: day(dialogue.targetWindowEnd),
          }}
        />
      </section>
      {manages ? (
        <>
          <section className="space-y-3">
            <h3 className="font-semibold">Need to know</h3>
            <TeamForm
              organizationSlug={slug}
              dialogue={{
                id: dialogue.id,
                version: dialogue.version,
                restricted: dialogue.restricted,
                team: dialogue.team.map((row) => row.memberId),
              }}
              members={members
                .filter((member) => member.status === "ACTIVE")
                .map((member) => ({ id: member.id, name: member.user.name }))}
            />
          </section>
          <section className="space-y-3">
            <h3 className="font-semibold text-destructive">Delete</h3>
            <DeleteDialogueForm organizationSlug={slug} dialogue={dialogue} />
          </section>
        </>
      ) : null}
    </div>
  );
}
