/**
 * First-load JavaScript per route, gzipped, from the last `next build` (Turbopack no longer prints it).
 * A route's first load is the framework's root chunks plus every chunk its layouts and page name in
 * their client-reference manifest. Usage: `npm run build && npm run bench:bundle` (a budget of 150 KB
 * makes it exit non-zero when a route is over). It also fails when the build left the framework's
 * large root chunks without V8's compile hint (next.config.ts), which the sizes here include.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { COMPILE_HINT, HINTED_MIN_BYTES } from "../next.config";

const BUDGET_KB = 150;
const root = path.resolve(".next");

type ReferenceManifest = { entryJSFiles?: Record<string, string[]> };

function manifests(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return manifests(full);
    return entry.name === "page_client-reference-manifest.js" ? [full] : [];
  });
}

const gzipped = new Map<string, number>();
function size(file: string): number {
  let bytes = gzipped.get(file);
  if (bytes === undefined) {
    bytes = gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length;
    gzipped.set(file, bytes);
  }
  return bytes;
}

const build = JSON.parse(readFileSync(path.join(root, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const rows: { route: string; kb: number }[] = [];
for (const file of manifests(path.join(root, "server", "app"))) {
  const scope: { __RSC_MANIFEST?: Record<string, ReferenceManifest> } = {};
  new Function("globalThis", readFileSync(file, "utf8"))(scope);
  for (const [entry, manifest] of Object.entries(scope.__RSC_MANIFEST ?? {})) {
    const route = entry.replace(/\/page$/, "") || "/";
    const chunks = new Set(build.rootMainFiles);
    for (const files of Object.values(manifest.entryJSFiles ?? {})) for (const chunk of files) chunks.add(chunk);
    const bytes = [...chunks].reduce((sum, chunk) => sum + size(chunk), 0);
    rows.push({ route, kb: bytes / 1024 });
  }
}

rows.sort((a, b) => a.route.localeCompare(b.route));
const width = Math.max(...rows.map((row) => row.route.length));
for (const row of rows) console.log(`${row.route.padEnd(width)}  ${row.kb.toFixed(1).padStart(6)} KB`);
const over = rows.filter((row) => row.kb > BUDGET_KB);
if (over.length > 0) {
  console.error(`Over the ${BUDGET_KB} KB first-load budget: ${over.map((row) => row.route).join(", ")}`);
  process.exit(1);
}
const unhinted = build.rootMainFiles.filter((file) => {
  const source = readFileSync(path.join(root, file), "utf8");
  return Buffer.byteLength(source) >= HINTED_MIN_BYTES && !source.startsWith(COMPILE_HINT);
});
if (unhinted.length > 0) {
  console.error(`Root chunks the build left without the compile hint: ${unhinted.join(", ")}`);
  process.exit(1);
}
