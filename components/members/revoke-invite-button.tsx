"use client";

import { ActionButton } from "@/components/ui/action-button";
import { revokeInviteAction } from "@/lib/invites/actions";

export function RevokeInviteButton({
  organizationSlug,
  inviteId,
  email,
}: {
  organizationSlug: string;
  inviteId: string;
  email: string;
}) {
  return (
    <ActionButton
      action={() => revokeInviteAction(organizationSlug, { inviteId })}
      label={`Revoke the invitation for ${email}`}
      toast={`The invitation for ${email} is revoked.`}
    >
      Revoke
    </ActionButton>
  );
}
