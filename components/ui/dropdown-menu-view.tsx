"use client";

import { DropdownMenu as Primitive } from "radix-ui";
import { useEffect, useRef } from "react";
import { CheckIcon } from "@/components/ui/icons";
import { cn } from "./cn";
import { type DropdownMenuViewProps, menuTriggerClass } from "./dropdown-menu";
import { Link } from "./link";

const itemClass =
  "flex cursor-default select-none items-center gap-2 rounded-sm px-2 py-1.5 text-sm text-foreground outline-none data-[disabled]:opacity-50 data-[highlighted]:bg-muted [&_svg]:size-4";

/** The Radix menu itself, loaded when someone reaches for it (see dropdown-menu.tsx). */
export default function DropdownMenuView({
  trigger,
  label,
  items,
  align = "end",
  className,
  defaultOpen = false,
  autoFocus = false,
}: DropdownMenuViewProps) {
  const triggerRef = useRef<HTMLButtonElement>(null);
  // It replaces the stand-in button: keep the focus where the stand-in had it (an open menu takes it itself).
  useEffect(() => {
    if (autoFocus && !defaultOpen) triggerRef.current?.focus();
  }, [autoFocus, defaultOpen]);
  return (
    <Primitive.Root modal={false} defaultOpen={defaultOpen}>
      <Primitive.Trigger ref={triggerRef} aria-label={label} className={cn(menuTriggerClass, className)}>
        {trigger}
      </Primitive.Trigger>
      <Primitive.Portal>
        <Primitive.Content
          align={align}
          sideOffset={4}
          className="z-50 min-w-48 rounded-md border border-border bg-card p-1 shadow-lg"
        >
          {items.map((item) =>
            "href" in item ? (
              <Primitive.Item key={item.href} asChild className={itemClass}>
                <Link href={item.href} aria-current={item.current ? "page" : undefined}>
                  <span className="flex-1">{item.label}</span>
                  {item.current ? <CheckIcon aria-hidden="true" /> : null}
                </Link>
              </Primitive.Item>
            ) : (
              <Primitive.Item key={item.label} className={itemClass} disabled={item.disabled} onSelect={item.onSelect}>
                {item.label}
              </Primitive.Item>
            ),
          )}
        </Primitive.Content>
      </Primitive.Portal>
    </Primitive.Root>
  );
}
