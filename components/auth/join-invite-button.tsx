"use client";

import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { joinInviteAction } from "@/lib/invites/actions";

/** Someone already signed in as the invited address accepts with one click. */
export function JoinInviteButton({ token }: { token: string }) {
  const router = useRouter();
  return (
    <ActionButton
      action={() => joinInviteAction({ token })}
      variant="primary"
      toast="You joined the organization."
      onSuccess={(joined) => router.push(`/o/${joined.organizationSlug}`)}
    >
      Accept and join
    </ActionButton>
  );
}
