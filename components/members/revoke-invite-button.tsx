"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
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
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant="secondary"
      disabled={pending}
      aria-label={`Revoke the invitation for ${email}`}
      onClick={() =>
        startTransition(async () => {
          await revokeInviteAction(organizationSlug, { inviteId });
          router.refresh();
        })
      }
    >
      Revoke
    </Button>
  );
}
