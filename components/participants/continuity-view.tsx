import { Badge } from "@/components/ui/badge";
import { ArrowDownIcon, ArrowUpIcon } from "@/components/ui/icons";
import { Link } from "@/components/ui/link";
import type { Continuity, LeadChange, RosterMember } from "@/lib/participants/continuity";
import { participantRoleLabels, participantSideLabels } from "@/lib/participants/labels";

const leadText: Record<LeadChange, string> = {
  up: "more senior than last time",
  down: "less senior than last time",
  same: "the same seniority as last time",
  unknown: "of seniority not recorded for both",
  new: "new: the counterpart had no lead last time",
  none: "not named yet",
};

function Person({ slug, member }: { slug: string; member: RosterMember }) {
  return (
    <>
      <Link
        href={`/o/${slug}/interlocutors/${member.interlocutorId}`}
        className="font-medium underline-offset-2 hover:underline"
      >
        {member.name}
      </Link>
      <span className="text-muted-foreground"> · {participantRoleLabels[member.role]}</span>
      {member.post ? (
        <span className="block text-xs text-muted-foreground">
          {member.post.title}, {member.post.institution.name}
        </span>
      ) : null}
    </>
  );
}

/**
 * Roster continuity between two sessions, side by side for each side: who returns (flagging a
 * changed post), who is new (and whom they replace), who dropped out; and the counterpart lead.
 */
export function ContinuityView({
  slug,
  continuity,
  from,
  to,
}: {
  slug: string;
  continuity: Continuity;
  from: { title: string };
  to: { title: string };
}) {
  const { counts, lead } = continuity;
  const share = counts.before ? Math.round((counts.returning / counts.before) * 100) : 0;
  const sides = continuity.sides.filter((side) => side.returning.length + side.joined.length + side.dropped.length > 0);
  return (
    <div className="space-y-4" data-testid="continuity">
      <p className="text-sm">
        From <strong>{from.title}</strong> to <strong>{to.title}</strong>:{" "}
        <strong>
          {counts.returning} of {counts.before}
        </strong>{" "}
        return ({share}%), {counts.joined} new, {counts.dropped} dropped, {counts.postChanged} with a changed post.
      </p>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span>Counterpart delegation lead{lead.after ? ` (${lead.after.name})` : ""}:</span>
        <Badge tone={lead.change === "down" ? "blocked" : lead.change === "up" ? "answered" : "neutral"}>
          {lead.change === "up" ? <ArrowUpIcon aria-hidden="true" /> : null}
          {lead.change === "down" ? <ArrowDownIcon aria-hidden="true" /> : null}
          {leadText[lead.change]}
        </Badge>
      </p>
      {sides.map((side) => (
        <div key={side.side} className="space-y-2">
          <h4 className="text-sm font-semibold">{participantSideLabels[side.side]}</h4>
          <div className="grid gap-3 text-sm md:grid-cols-3">
            <div className="rounded-md border border-border p-3">
              <h5 className="mb-1 text-xs font-medium uppercase tracking-wide text-muted-foreground">
                Returning ({side.returning.length})
              </h5>
              <ul className="space-y-2">
                {side.returning.map((row) => (
                  <li key={row.after.interlocutorId}>
                    <Person slug={slug} member={row.after} />
                    {row.postChanged ? (
                      <Badge tone="stale" className="mt-1">
                        Post changed{row.before.post ? ` (was ${row.before.post.title})` : ""}
                      </Badge>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
            <div className="rounded-md border border-border p-3">
              <h5 className="mb-1 text-xs font-medium uppercase tracking-wide text-muted-foreground">
                New ({side.joined.length})
              </h5>
              <ul className="space-y-2">
                {side.joined.map((row) => (
                  <li key={row.member.interlocutorId}>
                    <Person slug={slug} member={row.member} />
                    {row.replaces ? <span className="block text-xs">replaces {row.replaces.name}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
            <div className="rounded-md border border-border p-3">
              <h5 className="mb-1 text-xs font-medium uppercase tracking-wide text-muted-foreground">
                Dropped ({side.dropped.length})
              </h5>
              <ul className="space-y-2">
                {side.dropped.map((row) => (
                  <li key={row.member.interlocutorId}>
                    <Person slug={slug} member={row.member} />
                    {row.replacedBy ? <span className="block text-xs">replaced by {row.replacedBy.name}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </div>
      ))}
    </div>
  );
}
