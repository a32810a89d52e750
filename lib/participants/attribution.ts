import type { AttributionRule, NamingConsent } from "../generated/prisma/enums";

/**
 * How one participant may appear in a roster or an export: in full (name and post), by
 * affiliation only, as an anonymous count, or not at all.
 */
export type Attribution = "full" | "affiliation" | "anonymous" | "omitted";
export type Variant = "internal" | "distribution";

/**
 * The attribution rule of the session and the person's consent, applied. "Internal" shows all
 * that need-to-know allows. "For distribution": whoever asked not to be listed does not appear at
 * all; under the Chatham House Rule (or off the record) nobody is named or affiliated, only counted;
 * on the record, each appears as far as they consented.
 */
export function attributionOf(rule: AttributionRule, consent: NamingConsent, variant: Variant): Attribution {
  if (variant === "internal") return "full";
  if (consent === "NOT_LISTED") return "omitted";
  if (rule !== "ON_THE_RECORD") return "anonymous";
  return consent === "NAMED" ? "full" : "affiliation";
}

type Side = "OURS" | "COUNTERPART" | "CO_CONVENER" | "THIRD_PARTY";
export type RosterPerson = {
  side: Side;
  consent: NamingConsent;
  name: string;
  post: { title: string; institution: { name: string } } | null;
};

/**
 * A roster as one variant may show it, side by side, in the given order of sides: each person in
 * full ("Name, post, institution"), by affiliation ("a participant from …"), or folded into a count
 * ("3 participants"); those omitted do not appear, not even in the count.
 */
export function rosterLines(rule: AttributionRule, people: RosterPerson[], variant: Variant, sides: readonly Side[]) {
  return sides.flatMap((side) => {
    const shown = people
      .filter((person) => person.side === side)
      .map((person) => ({ person, as: attributionOf(rule, person.consent, variant) }))
      .filter((entry) => entry.as !== "omitted");
    if (shown.length === 0) return [];
    const named = shown.flatMap(({ person, as }) => {
      if (as === "full")
        return [person.post ? `${person.name}, ${person.post.title}, ${person.post.institution.name}` : person.name];
      if (as === "affiliation")
        return [person.post ? `a participant from ${person.post.institution.name}` : "a participant"];
      return [];
    });
    const anonymous = shown.length - named.length;
    const counted = anonymous ? `${anonymous} ${anonymous === 1 ? "participant" : "participants"}` : "";
    return [{ side, lines: [...named, counted].filter(Boolean) }];
  });
}
