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
