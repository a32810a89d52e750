"use client";

import { lazy, type ReactElement, type ReactNode, Suspense, useEffect, useState } from "react";

export type TooltipProps = { content: ReactNode; children: ReactElement };

// Radix's tooltip shares its positioning engine with the menu; it loads after the page does.
const TooltipView = lazy(() => import("./tooltip-view"));

/**
 * A short explanation on hover or keyboard focus. It repeats what the trigger's accessible name
 * already says or adds a detail; nothing only a tooltip says is needed to act.
 */
export function Tooltip({ content, children }: TooltipProps) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return children;
  return (
    <Suspense fallback={children}>
      <TooltipView content={content}>{children}</TooltipView>
    </Suspense>
  );
}
