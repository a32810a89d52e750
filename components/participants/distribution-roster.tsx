import type { AttributionRule, NamingConsent, ParticipantSide } from "@/lib/generated/prisma/enums";
import { attributionRuleLabels } from "@/lib/labels";
import { attributionOf } from "@/lib/participants/attribution";
import { SIDES } from "@/lib/participants/continuity";
import { participantSideLabels } from "@/lib/participants/labels";

type Person = {
  side: ParticipantSide;
  consent: NamingConsent;
  name: string;
  post: { title: string; institution: { name: string } } | null;
};

/**
 * A session's roster as it may be circulated: the session's attribution rule and each person's
 * consent applied (lib/participants/attribution.ts), side by side.
 */
export function DistributionRoster({ rule, people }: { rule: AttributionRule; people: Person[] }) {
  return (
    <details className="rounded-lg border border-border bg-card p-4 text-sm" data-testid="distribution-roster">
      <summary className="cursor-pointer font-medium">
        The roster as it may be circulated ({attributionRuleLabels[rule]})
      </summary>
      <p className="mt-2 text-muted-foreground">
        Applies the session's rule and each person's consent: those not to be listed are left out; under the Chatham
        House Rule or off the record nobody is named or affiliated, only counted.
      </p>
      <ul className="mt-2 space-y-1">
        {SIDES.map((side) => {
          const shown = people
            .filter((person) => person.side === side)
            .map((person) => ({ person, as: attributionOf(rule, person.consent, "distribution") }))
            .filter((entry) => entry.as !== "omitted");
          if (shown.length === 0) return null;
          const named = shown.flatMap(({ person, as }) => {
            if (as === "full")
              return [
                person.post ? `${person.name}, ${person.post.title}, ${person.post.institution.name}` : person.name,
              ];
            if (as === "affiliation")
              return [person.post ? `a participant from ${person.post.institution.name}` : "a participant"];
            return [];
          });
          const anonymous = shown.length - named.length;
          const counted = anonymous ? `${anonymous} ${anonymous === 1 ? "participant" : "participants"}` : "";
          return (
            <li key={side}>
              <span className="font-medium">{participantSideLabels[side]}:</span>{" "}
              {[...named, counted].filter(Boolean).join("; ")}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
