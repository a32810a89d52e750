"use client";

import { lazy, type ReactNode, Suspense, useEffect, useState } from "react";
import { cn } from "./cn";

export type MenuItem =
  | { label: string; href: string; current?: boolean }
  | { label: string; onSelect: () => void; disabled?: boolean };

export type DropdownMenuProps = {
  /** What the trigger shows; `label` names it for screen readers when that is an icon or a name. */
  trigger: ReactNode;
  label: string;
  items: MenuItem[];
  align?: "start" | "end";
  className?: string;
};

export const menuTriggerClass =
  "inline-flex h-9 items-center gap-1.5 rounded-md px-2 text-sm text-foreground hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring disabled:opacity-100 [&_svg]:size-4";

// Radix's menu (with its positioning engine) is about 20 KB gzipped; it loads after the page is
// interactive, and until then the trigger is shown but not yet pressable.
const DropdownMenuView = lazy(() => import("./dropdown-menu-view"));

/** A menu of links and commands behind one button, marking the current page (aria-current). */
export function DropdownMenu(props: DropdownMenuProps) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const placeholder = (
    <button
      type="button"
      disabled
      aria-haspopup="menu"
      aria-label={props.label}
      className={cn(menuTriggerClass, props.className)}
    >
      {props.trigger}
    </button>
  );
  if (!mounted) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <DropdownMenuView {...props} />
    </Suspense>
  );
}
