"use client";

import { type ComponentType, type ReactNode, useEffect, useState } from "react";
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

export type DropdownMenuViewProps = DropdownMenuProps & {
  /** Open at once: the menu was asked for before its code had loaded. */
  defaultOpen?: boolean;
  /** Take the focus: the stand-in trigger had it. */
  autoFocus?: boolean;
};

export const menuTriggerClass =
  "inline-flex h-9 items-center gap-1.5 rounded-md px-2 text-sm text-foreground hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring [&_svg]:size-4";

// Radix's menu (with its positioning engine) is about 20 KB gzipped. It loads when someone reaches
// for a menu (pointer over it, focus on it, a press), not with the page: most page views open none.
let view: ComponentType<DropdownMenuViewProps> | undefined;
const loadView = () =>
  import("./dropdown-menu-view").then((module) => {
    view = module.default;
    return view;
  });

/** A menu of links and commands behind one button, marking the current page (aria-current). */
export function DropdownMenu(props: DropdownMenuProps) {
  const [View, setView] = useState<ComponentType<DropdownMenuViewProps> | null>(null);
  const [openOnLoad, setOpenOnLoad] = useState(false);
  const [focused, setFocused] = useState(false);
  // Once loaded for one menu, a menu mounted later (after a navigation) is live at once.
  useEffect(() => {
    if (view) setView(() => view ?? null);
  }, []);
  if (View) return <View {...props} defaultOpen={openOnLoad} autoFocus={focused} />;
  const arm = (open: boolean) => {
    if (open) setOpenOnLoad(true);
    void loadView().then((loaded) => setView(() => loaded));
  };
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      aria-label={props.label}
      className={cn(menuTriggerClass, props.className)}
      onPointerEnter={() => arm(false)}
      onFocus={() => {
        setFocused(true);
        arm(false);
      }}
      onBlur={() => setFocused(false)}
      onClick={() => arm(true)}
      onKeyDown={(event) => {
        if (event.key === "ArrowDown") {
          event.preventDefault();
          arm(true);
        }
      }}
    >
      {props.trigger}
    </button>
  );
}
