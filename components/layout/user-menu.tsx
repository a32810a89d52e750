"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useAction } from "@/components/ui/use-action";
import { signOutAction } from "@/lib/accounts/actions";

/** Signing out ends this sign-in on the server too: the old cookie opens nothing afterwards. */
export function UserMenu({ name }: { name: string }) {
  const router = useRouter();
  const signOut = useAction(signOutAction, {
    onSuccess: () => {
      router.push("/signin");
      router.refresh();
    },
  });
  return (
    <div className="flex items-center gap-3">
      <Link href="/account" className="text-slate-700 hover:underline">
        {name}
      </Link>
      <button
        type="button"
        disabled={signOut.pending}
        onClick={() => signOut.run()}
        className="text-slate-500 hover:text-slate-900"
      >
        Sign out
      </button>
      {signOut.message ? (
        <span role="status" className="text-red-700">
          {signOut.message}
        </span>
      ) : null}
    </div>
  );
}
