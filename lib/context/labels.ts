import type { ContextEventKind } from "../generated/prisma/enums";

/** The words the UI shows for outside events. (Each domain keeps its own words, so a page ships only the words it shows.) */
export const contextEventKindLabels: Record<ContextEventKind, string> = {
  SANCTIONS_LISTING: "New sanctions listing",
  POLICY_SHIFT: "Policy shift",
  TRAVEL_REOPENING: "Borders or travel reopening",
  LEADERSHIP_CHANGE: "Leadership change",
  OTHER: "Other",
};
