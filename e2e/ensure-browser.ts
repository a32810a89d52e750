import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { systemChromium } from "./browser";

// Runs before the end-to-end tests: a system Chromium, else Playwright's own, else install Playwright's.
function playwrightChromium(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

if (!systemChromium() && !playwrightChromium()) {
  console.log("No Chromium found; trying to install Playwright's…");
  const install = spawnSync("npx", ["playwright", "install", "chromium"], { stdio: "inherit" });
  if (install.status !== 0 || !playwrightChromium()) {
    console.error(
      "The end-to-end tests need Chromium: install it (apt-get install chromium, or npx playwright install chromium where the network allows) or set PLAYWRIGHT_CHROMIUM_PATH.",
    );
    process.exit(1);
  }
}
