"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * Parley's link: `next/link` that prefetches when someone reaches for it (pointer over, focus,
 * touch), not whenever it scrolls into view. Next's default fetched every visible link's page as
 * the page loaded: on the board that was ten server renders and their scripts for one view,
 * competing for the phone's CPU and the hotel network with the page itself. `prefetch={false}`
 * still means never (a briefing pack is recorded when made).
 */
export function Link({ prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const href = typeof props.href === "string" ? props.href : null;
  const reach = () => {
    if (prefetch !== false && href?.startsWith("/")) router.prefetch(href);
  };
  return (
    <NextLink
      {...props}
      prefetch={false}
      onMouseEnter={(event) => {
        reach();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        reach();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        reach();
        onTouchStart?.(event);
      }}
    />
  );
}
