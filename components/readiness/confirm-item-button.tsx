"use client";

import { ActionButton } from "@/components/ui/action-button";
import { confirmChecklistItemAction } from "@/lib/readiness/actions";

/** "Still holds": the answer is confirmed as of today, and the re-checks asked of this item are settled. */
export function ConfirmItemButton({
  organizationSlug,
  item,
}: {
  organizationSlug: string;
  item: { id: string; version: number };
}) {
  return (
    <ActionButton
      action={() => confirmChecklistItemAction(organizationSlug, { itemId: item.id, version: item.version })}
      toast="Answer confirmed as of today."
    >
      Confirm it still holds
    </ActionButton>
  );
}
