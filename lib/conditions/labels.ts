import type { ConditionStatus } from "../generated/prisma/enums";

/** The words the UI shows for a counterpart condition's status. */
export const conditionStatusLabels: Record<ConditionStatus, string> = {
  STATED: "Stated",
  MET: "Met",
  UNMET: "Unmet",
  WITHDRAWN: "Withdrawn",
};
