import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { UserMenu } from "@/components/layout/user-menu";
import { Button } from "@/components/ui/button";
import { Toaster } from "@/components/ui/toaster";
import { getCurrentUser } from "@/lib/auth/session";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Parley", template: "%s · Parley" },
  description: "Planning desk for Track 1.5 dialogues.",
  icons: { icon: "/icon.svg" },
  // A discreet tool: robots.txt disallows everything, and each page says so too.
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the session makes every page dynamic, which the per-request CSP nonce needs anyway.
  const user = await getCurrentUser();
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
            user ? (
              <UserMenu name={user.name} />
            ) : (
              <Button asChild variant="secondary" size="sm">
                <Link href="/signin">Sign in</Link>
              </Button>
            )
          }
        />
        <main id="main" className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
          {children}
        </main>
        <Toaster />
      </body>
    </html>
  );
}
