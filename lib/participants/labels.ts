import type {
  Attendance,
  ExemptionStatus,
  NamingConsent,
  ParticipantCapacity,
  ParticipantRole,
  ParticipantSide,
  ParticipationStatus,
  ScreeningResult,
  VisaStatus,
} from "../generated/prisma/enums";

/** The words the UI shows for participation, screening and logistics. (Each domain keeps its own words, so a page ships only the words it shows.) */
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
