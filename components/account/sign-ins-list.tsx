"use client";

import { useRouter } from "next/navigation";
import { ActionButton } from "@/components/ui/action-button";
import { ClientDateTime } from "@/components/ui/client-date-time";
import { revokeSignInAction, signOutEverywhereAction } from "@/lib/accounts/actions";

export type SignInRow = {
  id: string;
  device: string;
  address: string;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
};

/** Every live sign-in of yours, with a way to end each one or all of them. */
export function SignInsList({ signIns }: { signIns: SignInRow[] }) {
  const router = useRouter();
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-border rounded-md border border-border bg-card" data-testid="sign-ins">
        {signIns.map((row) => (
          <li key={row.id} className="flex flex-wrap items-center justify-between gap-3 p-3 text-sm">
            <div>
              <p className="font-medium">
                {row.device}
                {row.current ? <span className="ml-2 text-success">(this device)</span> : null}
              </p>
              <p className="text-muted-foreground">
                From {row.address} · signed in <ClientDateTime value={row.createdAt} /> · last active{" "}
                <ClientDateTime value={row.lastSeenAt} />
              </p>
            </div>
            <ActionButton
              action={() => revokeSignInAction({ signInId: row.id })}
              label={`${row.current ? "Sign out" : "Sign out this device"}: ${row.device}, from ${row.address}`}
              toast={row.current ? "Signed out." : "That device is signed out."}
              onSuccess={() => {
                if (row.current) router.push("/signin");
              }}
            >
              {row.current ? "Sign out" : "Sign out this device"}
            </ActionButton>
          </li>
        ))}
      </ul>
      <ActionButton
        action={() => signOutEverywhereAction({})}
        variant="danger"
        toast="Signed out everywhere."
        onSuccess={() => router.push("/signin")}
      >
        Sign out everywhere
      </ActionButton>
    </div>
  );
}
