"use client";

import { type ComponentType, useEffect, useState } from "react";
import type { ToasterProps } from "sonner";

// Sonner is 10 KB gzipped and only an action's outcome needs it, so it loads with the first toast,
// not with the page. Its own stylesheet is admitted by the CSP by hash (see proxy.ts).
let sonner: Promise<typeof import("sonner")> | undefined;
const loadSonner = () => {
  sonner ??= import("sonner");
  return sonner;
};

// The mounted Toaster, told to appear by the first toast; `ready` (set by that toast) settles once
// Sonner listens.
const appear = new Set<() => void>();
let ready: Promise<void> | undefined;
let markReady: (() => void) | undefined;

/** Where toasts appear; the root layout renders it once. It renders nothing until the first toast. */
export function Toaster() {
  const [View, setView] = useState<ComponentType<ToasterProps> | null>(null);
  useEffect(() => {
    const show = () => void loadSonner().then((module) => setView(() => module.Toaster));
    if (ready) show();
    appear.add(show);
    return () => {
      appear.delete(show);
    };
  }, []);
  // Sonner subscribes in its own effect, which runs before this one.
  useEffect(() => {
    if (View) markReady?.();
  }, [View]);
  return View ? <View theme="system" position="bottom-left" closeButton richColors /> : null;
}

/** Announces an action's outcome in a toast (polite, so a screen reader finishes what it is reading). */
export function toast(message: string, tone: "success" | "error" = "success") {
  if (!ready) {
    // The live region is in the page a moment before the first toast, so screen readers announce it.
    ready = new Promise<void>((resolve) => {
      markReady = () => setTimeout(resolve, 100);
    });
    for (const show of appear) show();
  }
  void Promise.all([loadSonner(), ready]).then(([module]) => module.toast[tone](message));
}
