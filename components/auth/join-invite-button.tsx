"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { joinInviteAction } from "@/lib/invites/actions";

/** Someone already signed in as the invited address accepts with one click. */
export function JoinInviteButton({ token }: { token: string }) {
  const router = useRouter();
  const form = useActionForm(
    () => joinInviteAction({ token }),
    (result) => {
      if (result.ok) router.push(`/o/${result.data.organizationSlug}`);
    },
  );
  return (
    <form onSubmit={form.onSubmit} className="space-y-3">
      <Button disabled={form.pending}>{form.pending ? "Joining…" : "Accept and join"}</Button>
      <FormMessage message={form.message} />
    </form>
  );
}
