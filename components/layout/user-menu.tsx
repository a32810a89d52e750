"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { signOutAction } from "@/lib/accounts/actions";

/** Signing out ends this sign-in on the server too: the old cookie opens nothing afterwards. */
export function UserMenu({ name }: { name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex items-center gap-3">
      <Link href="/account" className="text-slate-700 hover:underline">
        {name}
      </Link>
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            await signOutAction({});
            router.push("/signin");
            router.refresh();
          })
        }
        className="text-slate-500 hover:text-slate-900"
      >
        Sign out
      </button>
    </div>
  );
}
