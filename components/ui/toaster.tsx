"use client";

import { lazy, Suspense, useEffect, useState } from "react";

// Sonner is 10 KB gzipped and nothing needs it before the first action finishes; it loads once the
// page is interactive. Its own stylesheet is admitted by the CSP by hash (see proxy.ts).
const SonnerToaster = lazy(() => import("sonner").then((module) => ({ default: module.Toaster })));

/** Where toasts appear; the root layout renders it once. */
export function Toaster() {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  if (!mounted) return null;
  return (
    <Suspense fallback={null}>
      <SonnerToaster theme="system" position="bottom-left" closeButton richColors />
    </Suspense>
  );
}

/** Announces an action's outcome in a toast (polite, so a screen reader finishes what it is reading). */
export function toast(message: string, tone: "success" | "error" = "success") {
  void import("sonner").then((module) => module.toast[tone](message));
}
