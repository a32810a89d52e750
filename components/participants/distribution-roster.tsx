import type { AttributionRule } from "@/lib/generated/prisma/enums";
import { attributionRuleLabels } from "@/lib/labels";
import { type RosterPerson, rosterLines } from "@/lib/participants/attribution";
import { SIDES } from "@/lib/participants/continuity";
import { participantSideLabels } from "@/lib/participants/labels";

/**
 * A session's roster as it may be circulated: the session's attribution rule and each person's
 * consent applied (lib/participants/attribution.ts), side by side.
 */
export function DistributionRoster({ rule, people }: { rule: AttributionRule; people: RosterPerson[] }) {
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
        {rosterLines(rule, people, "distribution", SIDES).map(({ side, lines }) => (
          <li key={side}>
            <span className="font-medium">{participantSideLabels[side]}:</span> {lines.join("; ")}
          </li>
        ))}
      </ul>
    </details>
  );
}
