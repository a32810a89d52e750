import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // The guard that keeps server modules out of client bundles has no meaning in Node tests.
      "server-only": path.join(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    environment: "node",
    include: ["{app,components,lib,prisma}/**/*.test.{ts,tsx}", "proxy.test.ts"],
    globalSetup: ["prisma/test-setup.ts"],
    setupFiles: ["vitest.setup.ts"],
    // Prisma's schema engine is WebAssembly imported as an ES module (the drift test).
    execArgv: ["--experimental-wasm-modules", "--no-warnings=ExperimentalWarning"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
