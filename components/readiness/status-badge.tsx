import { Badge, type BadgeTone } from "@/components/ui/badge";
import {
  AlertTriangleIcon,
  CheckIcon,
  CircleDashedIcon,
  CircleIcon,
  ClockIcon,
  HistoryIcon,
  MinusIcon,
  RefreshCwIcon,
} from "@/components/ui/icons";
import type { ChecklistStatus } from "@/lib/generated/prisma/enums";
import { checklistStatusLabels } from "@/lib/labels";

const tones: Record<ChecklistStatus, BadgeTone> = {
  ANSWERED: "answered",
  IN_PROGRESS: "progress",
  OPEN: "open",
  BLOCKED: "blocked",
  NOT_APPLICABLE: "na",
};

const icons = {
  ANSWERED: CheckIcon,
  IN_PROGRESS: CircleDashedIcon,
  OPEN: CircleIcon,
  BLOCKED: AlertTriangleIcon,
  NOT_APPLICABLE: MinusIcon,
};

/** A checklist item's status: its colour, an icon and the word, so no one needs the colour alone. */
export function StatusBadge({ status }: { status: ChecklistStatus }) {
  const Icon = icons[status];
  return (
    <Badge tone={tones[status]} data-testid="item-status">
      <Icon aria-hidden="true" />
      {checklistStatusLabels[status]}
    </Badge>
  );
}

/** "Overdue": a due date passed on an item still to be answered. */
export function OverdueBadge() {
  return (
    <Badge tone="overdue">
      <ClockIcon aria-hidden="true" />
      Overdue
    </Badge>
  );
}

/**
 * "Re-check": an outside event linked to the item asks whether its answer still holds. "Stale": the
 * answer is older than the item's review interval.
 */
export function StaleBadge({ reason }: { reason: "age" | "recheck" | null }) {
  if (!reason) return null;
  const Icon = reason === "recheck" ? RefreshCwIcon : HistoryIcon;
  return (
    <Badge tone="stale" data-testid="item-stale">
      <Icon aria-hidden="true" />
      {reason === "recheck" ? "Re-check" : "Stale"}
    </Badge>
  );
}
