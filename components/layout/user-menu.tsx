"use client";

import Link from "next/link";
import { signOut } from "next-auth/react";

export function UserMenu({ name }: { name: string }) {
  return (
    <div className="flex items-center gap-3">
      <Link href="/account" className="text-slate-700 hover:underline">
        {name}
      </Link>
      <button
        type="button"
        onClick={() => signOut({ callbackUrl: "/signin" })}
        className="text-slate-500 hover:text-slate-900"
      >
        Sign out
      </button>
    </div>
  );
}
