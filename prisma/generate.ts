import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/**
 * `prisma generate` uses WebAssembly only, yet every prisma command first tries to download the
 * native schema engine, and fails offline. Naming any existing file as that engine lets it proceed;
 * a real engine binary, when the operator has one, is kept.
 */
const configured = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
const engine = configured && existsSync(configured) ? configured : process.execPath;
const result = spawnSync("prisma", ["generate", ...process.argv.slice(2)], {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: engine, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
