"use client";

import { ActionButton } from "@/components/ui/action-button";
import { updateFollowUpAction } from "@/lib/outcomes/actions";

type FollowUp = {
  id: string;
  version: number;
  what: string;
  side: string;
  assigneeId: string | null;
  dueDate: Date | null;
  status: "OPEN" | "DONE" | "DROPPED";
};

/** "Mark done" on an open commitment, "Reopen" on a closed one; everything else stays as it was. */
export function FollowUpStatusButton({ organizationSlug, followUp }: { organizationSlug: string; followUp: FollowUp }) {
  const next = followUp.status === "OPEN" ? "DONE" : "OPEN";
  return (
    <ActionButton
      size="sm"
      label={`${next === "DONE" ? "Mark done" : "Reopen"}: ${followUp.what}`}
      action={() =>
        updateFollowUpAction(organizationSlug, {
          followUpId: followUp.id,
          version: followUp.version,
          what: followUp.what,
          side: followUp.side,
          assigneeId: followUp.assigneeId ?? "",
          dueDate: followUp.dueDate ? followUp.dueDate.toISOString().slice(0, 10) : "",
          status: next,
        })
      }
      toast={next === "DONE" ? "Follow-up done." : "Follow-up reopened."}
    >
      {next === "DONE" ? "Mark done" : "Reopen"}
    </ActionButton>
  );
}
