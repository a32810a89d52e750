"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Sheet } from "./dialog";

/**
 * A sheet that is part of the page's address (`?item=…`), so it can be shared and reopened; the
 * server renders it open, and closing it goes to `closeHref`, the list it came from.
 */
export function RouteSheet({
  title,
  description,
  closeHref,
  children,
}: {
  title: string;
  description?: string;
  closeHref: string;
  children: ReactNode;
}) {
  const router = useRouter();
  return (
    <Sheet
      open
      onOpenChange={(open) => {
        if (!open) router.push(closeHref, { scroll: false });
      }}
      title={title}
      description={description || undefined}
    >
      {children}
    </Sheet>
  );
}
