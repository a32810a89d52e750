"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { revokeSignInAction, signOutEverywhereAction } from "@/lib/accounts/actions";

export type SignInRow = {
  id: string;
  device: string;
  address: string;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
};

function RevokeButton({ row }: { row: SignInRow }) {
  const router = useRouter();
  const form = useActionForm(
    () => revokeSignInAction({ signInId: row.id }),
    () => (row.current ? router.push("/signin") : router.refresh()),
  );
  return (
    <form onSubmit={form.onSubmit} className="space-y-1">
      <Button
        variant="secondary"
        disabled={form.pending}
        aria-label={`Sign out ${row.device}, last used ${row.lastSeenAt}`}
      >
        {row.current ? "Sign out" : "Sign out this device"}
      </Button>
      <FormMessage message={form.message} />
    </form>
  );
}

/** Every live sign-in of yours, with a way to end each one or all of them. */
export function SignInsList({ signIns }: { signIns: SignInRow[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white" data-testid="sign-ins">
        {signIns.map((row) => (
          <li key={row.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
            <div>
              <p className="font-medium">
                {row.device}
                {row.current ? <span className="ml-2 text-green-800">(this device)</span> : null}
              </p>
              <p className="text-slate-600">
                From {row.address} · signed in {row.createdAt} · last active {row.lastSeenAt}
              </p>
            </div>
            <RevokeButton row={row} />
          </li>
        ))}
      </ul>
      <Button
        type="button"
        variant="danger"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await signOutEverywhereAction({});
            if (result.ok) router.push("/signin");
          })
        }
      >
        Sign out everywhere
      </Button>
    </div>
  );
}
