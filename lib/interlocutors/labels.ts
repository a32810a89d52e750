import type { ChangeKind, InstitutionKind, InterlocutorCategory } from "../generated/prisma/enums";

/** The words the UI shows for people, their institutions and changes. (Each domain keeps its own words, so a page ships only the words it shows.) */
export const interlocutorCategoryLabels: Record<InterlocutorCategory, string> = {
  COUNTERPART_OFFICIAL: "Counterpart official",
  OUTSIDE_EXPERT: "Outside expert",
  FORMER_OFFICIAL: "Former official",
  FACILITATOR: "Facilitator",
  OBSERVER: "Observer",
  INTERPRETER: "Interpreter",
};
export const institutionKindLabels: Record<InstitutionKind, string> = {
  MINISTRY: "Ministry",
  AGENCY: "Agency",
  THINK_TANK: "Think tank",
  UNIVERSITY: "University",
  PARTY: "Party",
  OTHER: "Other",
};
export const changeKindLabels: Record<ChangeKind, string> = {
  APPOINTED: "Appointed",
  MOVED: "Moved",
  PROMOTED: "Promoted",
  DEMOTED: "Demoted",
  REPLACED: "Replaced by",
  RETIRED: "Retired",
  DIED: "Died",
  UNREACHABLE: "Unreachable",
  RECONTACTED: "Contact re-established",
  OTHER: "Other",
};
/** A post's rank, 1 to 6: how roster continuity tells whether a delegation lead went up or down. */
export const seniorityLabels: Record<string, string> = {
  "1": "Working level",
  "2": "Deputy director",
  "3": "Director",
  "4": "Director-general",
  "5": "Vice-minister",
  "6": "Minister or above",
};
