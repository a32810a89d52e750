"use client";

import { ActionButton } from "@/components/ui/action-button";
import { attachContinuityAction } from "@/lib/participants/actions";

/** Attaches the continuity between two sessions to a checklist item as evidence, in one click. */
export function AttachContinuityButton({
  organizationSlug,
  item,
  fromSessionId,
  toSessionId,
}: {
  organizationSlug: string;
  item: { id: string; version: number };
  fromSessionId: string;
  toSessionId: string;
}) {
  return (
    <ActionButton
      action={() =>
        attachContinuityAction(organizationSlug, { itemId: item.id, version: item.version, fromSessionId, toSessionId })
      }
      toast="Continuity attached as evidence."
    >
      Attach as evidence
    </ActionButton>
  );
}
