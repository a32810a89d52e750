import type {
  Attendance,
  AttributionRule,
  ChangeKind,
  ChecklistStatus,
  Confidence,
  DialogueStatus,
  ExemptionStatus,
  FormatMode,
  FormatStatus,
  InstitutionKind,
  InterlocutorCategory,
  NamingConsent,
  ParticipantCapacity,
  ParticipantRole,
  ParticipantSide,
  ParticipationStatus,
  ReviewDecision,
  ScreeningResult,
  SessionStatus,
  ThemeStatus,
  Track,
  VisaStatus,
} from "./generated/prisma/enums";

/** The words the UI shows for each stored value; the keys are the domain's own. */
export const dialogueStatusLabels: Record<DialogueStatus, string> = {
  PROSPECTIVE: "Prospective",
  EXPLORING: "Exploring",
  PLANNING: "Planning",
  READY: "Ready",
  ACTIVE: "Active",
  SUSPENDED: "Suspended",
  CANCELLED: "Cancelled",
};
export const trackLabels: Record<Track, string> = { TRACK_1_5: "Track 1.5", TRACK_2: "Track 2" };
export const attributionRuleLabels: Record<AttributionRule, string> = {
  CHATHAM_HOUSE: "Chatham House",
  OFF_THE_RECORD: "Off the record",
  ON_THE_RECORD: "On the record",
};
export const formatModeLabels: Record<FormatMode, string> = {
  IN_PERSON: "In person",
  HYBRID: "Hybrid",
  VIRTUAL: "Virtual",
};
export const formatStatusLabels: Record<FormatStatus, string> = {
  CURRENT: "Current",
  PROPOSED: "Proposed",
  REJECTED: "Rejected",
};
export const themeStatusLabels: Record<ThemeStatus, string> = {
  PROPOSED: "Proposed",
  AGREED: "Agreed",
  DROPPED: "Dropped",
};
export const sessionStatusLabels: Record<SessionStatus, string> = {
  PLANNED: "Planned",
  CONFIRMED: "Confirmed",
  HELD: "Held",
  POSTPONED: "Postponed",
  CANCELLED: "Cancelled",
};
export const checklistStatusLabels: Record<ChecklistStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  ANSWERED: "Answered",
  BLOCKED: "Blocked",
  NOT_APPLICABLE: "Not applicable",
};
export const confidenceLabels: Record<Confidence, string> = { LOW: "Low", MEDIUM: "Medium", HIGH: "High" };
export const reviewDecisionLabels: Record<ReviewDecision, string> = { GO: "Go", NOT_YET: "Not yet", NO_GO: "No-go" };

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

export const participantSideLabels: Record<ParticipantSide, string> = {
  OURS: "Our institute",
  COUNTERPART: "Counterpart",
  CO_CONVENER: "Co-convener",
  THIRD_PARTY: "Third party or observer",
};
export const participantRoleLabels: Record<ParticipantRole, string> = {
  DELEGATION_LEAD: "Delegation lead",
  MEMBER: "Member",
  EXPERT: "Expert",
  FACILITATOR: "Facilitator",
  NOTE_TAKER: "Note-taker",
  INTERPRETER: "Interpreter",
};
export const participantCapacityLabels: Record<ParticipantCapacity, string> = {
  PERSONAL: "Personal capacity",
  OFFICIAL: "Official capacity",
};
export const participationStatusLabels: Record<ParticipationStatus, string> = {
  PROSPECTIVE: "Prospective",
  INVITED: "Invited",
  CONFIRMED: "Confirmed",
  DECLINED: "Declined",
  WITHDRAWN: "Withdrawn",
};
export const namingConsentLabels: Record<NamingConsent, string> = {
  NAMED: "Named with affiliation",
  AFFILIATION_ONLY: "Affiliation only",
  NOT_LISTED: "Not listed",
};
export const attendanceLabels: Record<Attendance, string> = {
  INVITED: "Invited",
  CONFIRMED: "Confirmed",
  ATTENDED: "Attended",
  NO_SHOW: "No-show",
};
export const visaStatusLabels: Record<VisaStatus, string> = {
  NOT_NEEDED: "Not needed",
  NEEDED: "Needed",
  APPLIED: "Applied for",
  GRANTED: "Granted",
  REFUSED: "Refused",
};
export const screeningResultLabels: Record<ScreeningResult, string> = {
  CLEAR: "Clear",
  POSSIBLE_MATCH: "Possible match",
  LISTED: "Listed",
};
export const exemptionStatusLabels: Record<ExemptionStatus, string> = {
  NOT_NEEDED: "Not needed",
  NEEDED: "Needed",
  REQUESTED: "Requested",
  GRANTED: "Granted",
  REFUSED: "Refused",
};

/** The names of a checklist item's fields, as its history and conflict notices show them. */
export const checklistFieldLabels = {
  status: "Status",
  answer: "Answer",
  evidence: "Evidence",
  evidenceLinks: "Evidence links",
  confidence: "Confidence",
  assigneeId: "Assignee",
  dueDate: "Due date",
  weight: "Weight",
  gate: "Gate",
} as const;

export const keysOf = <K extends string>(labels: Record<K, string>) => Object.keys(labels) as [K, ...K[]];
