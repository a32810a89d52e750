"use client";

import { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "./cn";
import { Link } from "./link";

export type TabLink = { href: string; label: string };

/** The link the reader is on: the longest path the current one starts with. */
export function useCurrentLink(links: TabLink[]): TabLink | undefined {
  const pathname = usePathname();
  return links
    .filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
}

/**
 * A tab's words, pulsing while its page is on its way. A dialogue's pages have no loading skeleton
 * (React reveals a streamed page no sooner than 300 ms after the frame, which cost every first view
 * more than the skeleton saved), so this is the sign that a click was taken.
 */
function TabLabel({ label }: { label: string }) {
  const { pending } = useLinkStatus();
  return pending ? <span className="opacity-60 motion-safe:animate-pulse">{label}</span> : label;
}

/**
 * Tabs between pages: links, so each tab has its own address, marking where the reader is
 * (aria-current="page"). A page deep in a section marks the section, an overview only itself.
 * `current` names the tab outright where the path alone cannot tell (tabs kept in the query).
 */
export function Tabs({ label, links, current }: { label: string; links: TabLink[]; current?: string }) {
  const onPath = useCurrentLink(links)?.href;
  const active = current ?? onPath;
  return (
    <nav aria-label={label} className="-mx-1 overflow-x-auto border-b border-border print:hidden">
      <ul className="flex min-w-max gap-1 px-1">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === active ? "page" : undefined}
              className={cn(
                "-mb-px inline-flex h-9 items-center border-b-2 border-transparent px-2 text-sm text-muted-foreground hover:text-foreground",
                "focus-visible:outline-2 focus-visible:outline-ring aria-[current=page]:border-primary aria-[current=page]:font-semibold aria-[current=page]:text-foreground",
              )}
            >
              <TabLabel label={link.label} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
