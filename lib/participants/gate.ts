import type {
  Attendance,
  ExemptionStatus,
  ParticipationStatus,
  ScreeningResult,
  SessionStatus,
  VisaStatus,
} from "../generated/prisma/enums";
import { exemptionStatusLabels } from "./labels";

/**
 * The two rules a session's participants answer to, as pure functions: the sanctions screening
 * gate on confirming a session, and the logistics deadlines the readiness board warns about.
 */
type Counted = { status: ParticipationStatus; attendance: Attendance };

/** Who a session still expects: not a no-show, and not declined or withdrawn from the dialogue. */
export const isExpected = (row: Counted) =>
  row.attendance !== "NO_SHOW" && row.status !== "DECLINED" && row.status !== "WITHDRAWN";

export type Screened = Counted & {
  name: string;
  /** The newest screening, or null if there is none. */
  screening: { lists: string[]; result: ScreeningResult; exemption: ExemptionStatus } | null;
};

/** Why one participant stops a session from being confirmed, or null if nothing does. */
export function screeningProblem(row: Screened, requiredLists: readonly string[]): string | null {
  if (!row.screening) return `${row.name} has not been screened`;
  const missing = requiredLists.filter((list) => !row.screening?.lists.includes(list));
  if (missing.length) return `${row.name} has not been screened against ${missing.join(", ")}`;
  if (row.screening.result !== "CLEAR" && row.screening.exemption !== "GRANTED") {
    const result = row.screening.result === "LISTED" ? "is listed" : "is a possible match";
    const exemption = exemptionStatusLabels[row.screening.exemption].toLowerCase();
    return `${row.name} ${result}, and the exemption is ${exemption}, not granted`;
  }
  return null;
}

/** Every reason the session cannot be confirmed: one per expected participant who is not cleared. */
export function screeningProblems(rows: readonly Screened[], requiredLists: readonly string[]): string[] {
  return rows.filter(isExpected).flatMap((row) => screeningProblem(row, requiredLists) ?? []);
}

/** Invitation letters are due six weeks ahead, or two weeks before the visa must be applied for. */
export const INVITATION_LEAD_DAYS = 42;
export const TRAVEL_LEAD_DAYS = 14;
export const DEFAULT_VISA_LEAD_DAYS = 30;
const DAY = 86_400_000;

export type Logistics = Counted & {
  invitationSentOn: Date | null;
  visa: VisaStatus;
  visaLeadDays: number | null;
  travelBooked: boolean;
};

/** What is overdue for one participant of a session that has not happened yet, as of `today`. */
export function overdueLogistics(
  session: { startsAt: Date; status: SessionStatus },
  row: Logistics,
  today: Date,
): string[] {
  if (!isExpected(row) || session.startsAt <= today) return [];
  if (session.status !== "PLANNED" && session.status !== "CONFIRMED") return [];
  const daysLeft = (session.startsAt.getTime() - today.getTime()) / DAY;
  const visaNeeded = row.visa === "NEEDED" || row.visa === "APPLIED";
  const visaLead = row.visaLeadDays ?? DEFAULT_VISA_LEAD_DAYS;
  const overdue: string[] = [];
  const invitationLead = Math.max(INVITATION_LEAD_DAYS, visaNeeded ? visaLead + 14 : 0);
  if (!row.invitationSentOn && daysLeft <= invitationLead) overdue.push("invitation letter not sent");
  if (row.visa === "NEEDED" && daysLeft <= visaLead) overdue.push("visa not applied for");
  if (row.visa === "REFUSED") overdue.push("visa refused");
  if (!row.travelBooked && daysLeft <= TRAVEL_LEAD_DAYS) overdue.push("travel not booked");
  return overdue;
}
