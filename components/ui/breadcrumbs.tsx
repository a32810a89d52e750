"use client";

import { ChevronRightIcon } from "@/components/ui/icons";
import { Link } from "./link";
import { type TabLink, useCurrentLink } from "./tabs";

/** Organization › dialogue › page: the trail given, then whichever of `pages` the reader is on. */
export function Breadcrumbs({ trail, pages }: { trail: TabLink[]; pages: TabLink[] }) {
  const current = useCurrentLink(pages);
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted-foreground print:hidden">
      <ol className="flex flex-wrap items-center gap-1">
        {trail.map((link) => (
          <li key={link.href} className="flex min-w-0 items-center gap-1">
            <Link href={link.href} className="truncate hover:text-foreground hover:underline">
              {link.label}
            </Link>
            <ChevronRightIcon aria-hidden="true" className="size-3.5 shrink-0" />
          </li>
        ))}
        {current ? (
          <li aria-current="page" className="font-medium text-foreground">
            {current.label}
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
