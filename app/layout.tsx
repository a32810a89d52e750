import type { Metadata } from "next";
import { connection } from "next/server";
import { type ReactNode, Suspense } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { HeaderAccount } from "@/components/layout/header-account";
import { Toaster } from "@/components/ui/toaster";
import { ViewerZoneProvider } from "@/components/ui/viewer-zone";
import { zoneCheckInstants, zoneOffsets } from "@/lib/viewer-zone";
import { requestViewerZone } from "@/lib/viewer-zone-request";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Parley", template: "%s · Parley" },
  description: "Planning desk for Track 1.5 dialogues.",
  icons: { icon: "/icon.svg" },
  // A discreet tool: robots.txt disallows everything, and each page says so too.
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: the CSP nonce (proxy.ts) is new on each one.
  await connection();
  const zone = await requestViewerZone();
  const instants = zoneCheckInstants(new Date());
  const check = zone ? { instants, offsets: zoneOffsets(zone, instants) } : null;
  return (
    <html lang="en">
      <body className="min-h-screen bg-background font-sans text-foreground antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-card focus:p-2"
        >
          Skip to content
        </a>
        <AppHeader
          userMenu={
            <Suspense fallback={<span className="inline-block h-8 w-24" aria-hidden="true" />}>
              <HeaderAccount />
            </Suspense>
          }
        />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
          <ViewerZoneProvider zone={zone} check={check}>
            {children}
          </ViewerZoneProvider>
        </main>
        <Toaster />
      </body>
    </html>
  );
}
