import type { FollowUpStatus, ReadoutMode } from "../generated/prisma/enums";

/** The words the UI shows for a session's follow-ups and readouts. (Each domain keeps its own words, so a page ships only the words it shows.) */
export const followUpStatusLabels: Record<FollowUpStatus, string> = { OPEN: "Open", DONE: "Done", DROPPED: "Dropped" };
export const readoutModeLabels: Record<ReadoutMode, string> = {
  MEETING: "In a meeting",
  CALL: "By phone",
  VIDEO: "By video call",
  WRITTEN: "In writing",
};
