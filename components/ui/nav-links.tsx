"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * A row of navigation links that marks where the reader is (aria-current="page"): the link whose
 * path is the longest one the current path starts with, so a page deep in a section marks the
 * section, and an overview is marked only on itself.
 */
type NavLink = { href: string; label: string };

/** The link the reader is on: the longest path the current one starts with. */
function useCurrent(links: NavLink[]): NavLink | undefined {
  const pathname = usePathname();
  return links
    .filter((link) => pathname === link.href || pathname.startsWith(`${link.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0];
}

export function NavLinks({ label, links }: { label: string; links: NavLink[] }) {
  const current = useCurrent(links)?.href;
  return (
    <nav aria-label={label} className="flex flex-wrap gap-4 border-b border-slate-200 pb-2 text-sm print:hidden">
      {links.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={link.href === current ? "page" : undefined}
          className="border-b-2 border-transparent pb-1 text-slate-700 hover:text-slate-950 aria-[current=page]:border-slate-900 aria-[current=page]:font-semibold aria-[current=page]:text-slate-950"
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}

/** Organization › dialogue › page: the trail given, then whichever of `pages` the reader is on. */
export function Breadcrumbs({ trail, pages }: { trail: NavLink[]; pages: NavLink[] }) {
  const current = useCurrent(pages);
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600 print:hidden">
      <ol className="flex flex-wrap items-center gap-1">
        {trail.map((link) => (
          <li key={link.href} className="flex items-center gap-1">
            <Link href={link.href} className="hover:underline">
              {link.label}
            </Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        {current ? (
          <li aria-current="page" className="font-medium text-slate-900">
            {current.label}
          </li>
        ) : null}
      </ol>
    </nav>
  );
}
