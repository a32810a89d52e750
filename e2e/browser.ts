import { existsSync } from "node:fs";

const SYSTEM_CHROMIUMS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** A system Chromium (PLAYWRIGHT_CHROMIUM_PATH, then the usual places), preferred over Playwright's own. */
export function systemChromium(): string | undefined {
  const configured = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (configured && existsSync(configured)) return configured;
  return SYSTEM_CHROMIUMS.find((candidate) => existsSync(candidate));
}

/** Flags for headless Chromium as root on a machine with no outside network. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
