import { notFound } from "next/navigation";
import { DateTime } from "@/components/ui/date-time";
import { Link } from "@/components/ui/link";
import { PrintButton } from "@/components/ui/print-button";
import { requireDialogue } from "@/lib/dialogues/page-context";
import { attributionRuleLabels, checklistStatusLabels } from "@/lib/labels";
import { getBriefingPack, type PackVariant, recordPackMade } from "@/lib/packs/reads";
import { rosterLines } from "@/lib/participants/attribution";
import { describeContinuity, SIDES } from "@/lib/participants/continuity";
import { participantSideLabels } from "@/lib/participants/labels";
import { withSlots } from "@/lib/sessions/timetable";
import { formatInZone } from "@/lib/time";

export const metadata = { title: "Briefing pack" };

const variantLabels: Record<PackVariant, string> = { internal: "Internal", distribution: "For distribution" };

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-2 break-inside-avoid" aria-label={title}>
      <h3 className="border-b border-border pb-1 font-semibold">{title}</h3>
      {children}
    </section>
  );
}

/**
 * A session's briefing pack, one page that prints (and saves as PDF from the print dialog, offline).
 * "Internal" shows all that need-to-know allows; "For distribution" applies the session's
 * attribution rule and each person's consent to everyone it names. Making one is recorded.
 */
export default async function BriefingPackPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; dialogueId: string; sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug, dialogueId, sessionId } = await params;
  const variant: PackVariant = (await searchParams).variant === "distribution" ? "distribution" : "internal";
  const { context, dialogue } = await requireDialogue(slug, dialogueId);
  const pack = await getBriefingPack(context, dialogue.id, sessionId);
  if (!pack) notFound();
  await recordPackMade(context, { dialogueId: dialogue.id, sessionId: pack.session.id }, variant);
  const { session, readiness } = pack;
  const rule = session.attributionRule;
  const people = pack.participants.map((row) => ({
    side: row.participant.side,
    consent: row.participant.consent,
    name: row.participant.interlocutor.name,
    post: row.post,
  }));
  const roster = rosterLines(rule, people, variant, SIDES);
  const continuity = pack.continuity ? describeContinuity(pack.continuity.continuity, pack.continuity).split("\n") : [];
  const base = `/o/${slug}/dialogues/${dialogue.id}/sessions/${session.id}`;
  return (
    <article className="mx-auto max-w-3xl space-y-6 text-sm" data-testid="briefing-pack" data-variant={variant}>
      <div className="flex flex-wrap items-center justify-between gap-2 print:hidden">
        <p>
          <Link href={base} className="underline underline-offset-2">
            ← {session.title}
          </Link>
          {" · "}
          <Link
            prefetch={false}
            href={`${base}/pack?variant=${variant === "internal" ? "distribution" : "internal"}`}
            className="underline underline-offset-2"
          >
            {variant === "internal" ? "The pack for distribution" : "The internal pack"}
          </Link>
        </p>
        <PrintButton />
      </div>
      <header className="space-y-1">
        <p className="text-xs font-medium uppercase tracking-wide text-muted-foreground">
          Briefing pack · {variantLabels[variant]}
        </p>
        <h2 className="text-xl font-semibold">
          {pack.dialogue.title}: {session.title}
        </h2>
        <p>
          {formatInZone(session.startsAt, session.timeZone)} ({session.timeZone})
          {session.venue ? `, ${session.venue}` : ""}. Counterpart: {pack.dialogue.counterpart}. Attribution:{" "}
          {attributionRuleLabels[rule]}.
        </p>
        {pack.dialogue.summary ? <p className="whitespace-pre-wrap">{pack.dialogue.summary}</p> : null}
      </header>

      <Section title="Readiness">
        <p data-testid="pack-verdict">
          {readiness.verdict === "NOT_READY" ? "Not ready" : "Scored"}: {readiness.score}/100.
          {readiness.openGates.length
            ? ` Open gates: ${readiness.openGates.map((gate) => `${gate.question} (${gate.kind === "condition" ? "not yet met" : checklistStatusLabels[gate.status].toLowerCase()})`).join("; ")}.`
            : " No gate is open."}
        </p>
      </Section>

      <Section title="Timetable (venue time)">
        {session.agendaItems.length ? (
          <ol className="space-y-1">
            {withSlots(session).map((item) => (
              <li key={item.id} className="flex gap-3">
                <span className="w-24 shrink-0 tabular-nums text-muted-foreground">{item.slot ?? "—"}</span>
                <span>{item.title}</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-muted-foreground">No agenda yet.</p>
        )}
      </Section>

      <Section title="Themes">
        {pack.themes.length ? (
          <ul className="space-y-1">
            {pack.themes.map((theme) => (
              <li key={theme.id}>
                <span className="font-medium">{theme.title}</span>: our priority {theme.ourPriority}/5, theirs{" "}
                {theme.theirPriority === null ? "unknown" : `${theme.theirPriority}/5`}
                {/* A source is free text that may name someone: internal only. */}
                {theme.theirPrioritySource && variant === "internal" ? ` (${theme.theirPrioritySource})` : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted-foreground">No themes yet.</p>
        )}
      </Section>

      <Section title="Participants">
        {roster.length ? (
          <ul className="space-y-1" data-testid="pack-participants">
            {roster.map(({ side, lines }) => (
              <li key={side}>
                <span className="font-medium">{participantSideLabels[side]}:</span> {lines.join("; ")}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted-foreground">Nobody on the list yet.</p>
        )}
        {variant === "internal" ? (
          <p className="text-muted-foreground">Posts as of the session's day.</p>
        ) : (
          <p className="text-muted-foreground">
            Names and affiliations follow the session's rule ({attributionRuleLabels[rule]}) and each person's consent.
          </p>
        )}
      </Section>

      {continuity.length ? (
        <Section title="Since the last session">
          {/* For distribution only the counts: the rest names people. */}
          <ul className="space-y-1" data-testid="pack-continuity">
            {(variant === "internal" ? continuity : continuity.slice(0, 1)).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section title="Open conditions and follow-ups">
        {pack.conditions.length || pack.followUps.length ? (
          <ul className="space-y-1">
            {pack.conditions.map((condition) => (
              <li key={condition.id}>
                Condition ({participantSideLabels[condition.side].toLowerCase()}): {condition.text}
                {condition.gate ? " (a gate)" : ""}
              </li>
            ))}
            {pack.followUps.map((followUp) => (
              <li key={followUp.id}>
                Follow-up from {followUp.session.title}: {followUp.what}
                {followUp.dueDate ? (
                  <>
                    , due <DateTime value={followUp.dueDate} dateOnly />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted-foreground">None open.</p>
        )}
      </Section>

      <footer className="border-t border-border pt-2 text-xs text-muted-foreground" data-testid="pack-footer">
        {variantLabels[variant]} · made <DateTime value={new Date()} /> by {context.user.name} ·{" "}
        {context.organizationName}
      </footer>
    </article>
  );
}
