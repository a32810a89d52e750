import Link from "next/link";
import type { ReactNode } from "react";

/** The shell every page shares: product name, navigation, and the signed-in member's menu. */
export function AppHeader({ nav, userMenu }: { nav?: ReactNode; userMenu?: ReactNode }) {
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-6 px-4">
        <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900">
          Parley
        </Link>
        <nav aria-label="Main" className="flex flex-1 items-center gap-4 text-sm text-slate-600">
          {nav}
        </nav>
        <div data-testid="user-menu" className="flex items-center gap-2 text-sm">
          {userMenu}
        </div>
      </div>
    </header>
  );
}
