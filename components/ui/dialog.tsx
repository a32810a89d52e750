"use client";

import { lazy, type ReactNode, Suspense } from "react";

export type DialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  /** "right" is a sheet: a panel along the right edge, full width on a phone. */
  side?: "center" | "right";
  children: ReactNode;
};

// Radix's dialog (focus trap, scroll lock, dismissal) is 15 KB gzipped: it loads when a dialog first
// opens, not with every page.
const DialogView = lazy(() => import("./dialog-view"));

/** A modal dialog: focus moves in and stays in, Escape or the close button ends it, the page behind is inert. */
export function Dialog(props: DialogProps) {
  if (!props.open) return null;
  return (
    <Suspense fallback={null}>
      <DialogView {...props} />
    </Suspense>
  );
}

/** A dialog that slides in from the right, for editing one record beside the list it came from. */
export function Sheet(props: Omit<DialogProps, "side">) {
  return <Dialog {...props} side="right" />;
}
