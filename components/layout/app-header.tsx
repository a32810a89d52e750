import type { ReactNode } from "react";
import { Link } from "@/components/ui/link";

/** The shell every page shares: the product's name, home, and the signed-in person's menu. */
export function AppHeader({ userMenu }: { userMenu: ReactNode }) {
  return (
    <header className="border-b border-border bg-card print:hidden">
      <div className="mx-auto flex h-14 max-w-6xl items-center px-4">
        <Link href="/" className="text-lg font-semibold tracking-tight text-foreground">
          Parley
        </Link>
        <div data-testid="user-menu" className="ml-auto flex items-center gap-2 text-sm">
          {userMenu}
        </div>
      </div>
    </header>
  );
}
