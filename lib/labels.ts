import type {
  AttributionRule,
  ChecklistStatus,
  Confidence,
  DialogueStatus,
  FormatMode,
  FormatStatus,
  ReviewDecision,
  SessionStatus,
  ThemeStatus,
  Track,
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
