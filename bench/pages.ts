/**
 * The page benchmark (issue #13): production servers over databases at each scale, side by side,
 * every key page over HTTP at concurrency 1 and 10 beside a no-op baseline, SQL statements counted
 * on the wire, memory watched through a soak, results in bench/RESULTS.md, and a non-zero exit on
 * any breach.
 *
 *   npm run bench                                   # small and large, on PostgreSQL (DATABASE_URL) and embedded
 *   npm run bench -- --scales small --databases embedded --soak 0 --no-build
 *
 * Options: --scales a,b (small, medium, large), --databases postgres,embedded, --rounds N (3),
 * --soak SECONDS (600, at the largest scale), --fresh (generate the data again), --no-build,
 * --no-lighthouse (Lighthouse runs on the first database at the largest scale; it is fetched from
 * the npm registry on first use).
 * Generated data is kept between runs: `<name>_bench_<scale>` databases, and .parley/bench.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { type Scale, scaleAccounts, scaleOrganization, scales } from "../prisma/scale-seed";
import { Visitor } from "./pages/http";
import { lighthousePages } from "./pages/lighthouse";
import { measurePages, type Page, soak } from "./pages/measure";
import { startCountingProxy, upstreamOf } from "./pages/proxy";
import { checkBudgets, type Run, renderResults } from "./pages/report";
import {
  BENCH_PASSWORD,
  BENCH_SECRET,
  type DatabaseKind,
  root,
  rssMb,
  startDatabase,
  startServer,
} from "./pages/servers";

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const chosenScales = option("scales", "small,large").split(",") as Scale[];
const defaultDatabases = process.env.DATABASE_URL ? "postgres,embedded" : "embedded";
const databases = option("databases", defaultDatabases).split(",") as DatabaseKind[];
const rounds = Number(option("rounds", "3"));
const soakSeconds = Number(option("soak", "600"));
const fresh = args.includes("--fresh");
const withLighthouse = !args.includes("--no-lighthouse");
for (const scale of chosenScales) if (!(scale in scales)) throw new Error(`Unknown scale "${scale}".`);
for (const kind of databases)
  if (kind !== "postgres" && kind !== "embedded") throw new Error(`Unknown database "${kind}".`);

const started = new Date();
const say = (line: string) => console.log(line);

if (!args.includes("--no-build")) {
  say("Building the production server…");
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: BENCH_SECRET,
      NEXTAUTH_URL: "http://127.0.0.1",
      DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://build@127.0.0.1/build",
    },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const bundle = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "bench/bundle-size.ts")], {
  cwd: root,
  encoding: "utf8",
});
const bundleTable = `${bundle.stdout}${bundle.stderr}`;

const o = `/o/${scaleOrganization.slug}`;
// Each list request fills its page at every scale, so that going from small to large changes how
// much data the page reads, not how many rows it renders. (Dialogue search was `q=shoals` with
// `status=PLANNING`: 12 rows at small against a full page of 25 at large.) `q=shoals` alone matches
// 84 dialogues at small and 1,667 at large.
const pages: Page[] = [
  { name: "baseline", path: `${o}/benchmark-baseline`, as: "convener", statements: 3 },
  { name: "board", path: o, as: "convener", statements: 7 },
  { name: "board, page 15", path: `${o}?page=15`, as: "convener", statements: 7 },
  { name: "dialogue list", path: `${o}/dialogues`, as: "convener", statements: 5 },
  { name: "dialogue list, page 15 by title", path: `${o}/dialogues?sort=title&page=15`, as: "convener", statements: 5 },
  { name: "dialogue search", path: `${o}/dialogues?q=shoals`, as: "convener", statements: 5 },
  { name: "dialogue search, no match", path: `${o}/dialogues?q=kelpmarsh`, as: "convener", statements: 5 },
  { name: "overview", path: `${o}/dialogues/o0-d1`, as: "convener", statements: 11 },
  { name: "readiness", path: `${o}/dialogues/o0-d1/readiness`, as: "convener", statements: 10 },
  { name: "sessions", path: `${o}/dialogues/o0-d1/sessions`, as: "convener", statements: 6 },
  { name: "session", path: `${o}/dialogues/o0-d1/sessions/o0-s1-1`, as: "convener", statements: 9 },
  { name: "audit", path: `${o}/audit`, as: "owner", statements: 6 },
  { name: "audit, one entity", path: `${o}/audit?entity=Session`, as: "owner", statements: 6 },
  { name: "interlocutors", path: `${o}/interlocutors`, as: "convener", statements: 8 },
  { name: "interlocutor search", path: `${o}/interlocutors?q=talven`, as: "convener", statements: 7 },
  { name: "timeline", path: `${o}/interlocutors/o0-p4`, as: "convener", statements: 6 },
];

/** A database of one scale, the proxy counting its statements, and a production server over them. */
async function startScale(kind: DatabaseKind, scale: Scale) {
  const database = await startDatabase(kind, scale, fresh, (line) => say(`  ${scale}: ${line}`));
  const proxy = await startCountingProxy(upstreamOf(database.url));
  const server = await startServer(kind, scale, proxy.urlFor(database.url));
  const visitors = { convener: new Visitor(server.origin), owner: new Visitor(server.origin) };
  try {
    await visitors.convener.signIn(scaleAccounts.convener, BENCH_PASSWORD);
    await visitors.owner.signIn(scaleAccounts.owner, BENCH_PASSWORD);
  } catch (error) {
    await server.stop();
    await proxy.close();
    await database.stop();
    throw error;
  }
  const peaks = { server: 0, database: 0 };
  const watch = setInterval(() => {
    peaks.server = Math.max(peaks.server, rssMb(server.pid));
    peaks.database = Math.max(peaks.database, rssMb(database.pid));
  }, 1_000);
  return {
    scale,
    database,
    server,
    visitors,
    target: { visitors, statements: proxy.statements },
    peaks: () => ({
      server: Math.max(peaks.server, rssMb(server.pid)),
      database: Math.max(peaks.database, rssMb(database.pid)),
    }),
    stop: async () => {
      clearInterval(watch);
      await server.stop();
      await proxy.close();
      await database.stop();
    },
  };
}

const runs: Run[] = [];
for (const kind of databases) {
  const label = kind === "postgres" ? "PostgreSQL" : "Embedded database";
  say(`\n${label}, ${chosenScales.join(" and ")}, side by side:`);
  // Every scale's server runs at once, and the pages are measured on them in turn (measurePages):
  // growth from one scale to the next then compares figures taken seconds apart, not minutes.
  const side: Awaited<ReturnType<typeof startScale>>[] = [];
  try {
    for (const scale of chosenScales) side.push(await startScale(kind, scale));
    const measured = await measurePages({
      targets: side.map((entry) => entry.target),
      pages,
      baseline: "baseline",
      concurrencies: [1, 10],
      rounds,
      // 120 requests a page at concurrency 1 and 180 at 10, over three rounds: with the 36 of
      // before, a p95 was the second-slowest request, and one stray pause moved it 1.7×.
      perRound: (concurrency) => (concurrency === 1 ? 40 : 60),
      say,
    });
    for (const [at, entry] of side.entries()) {
      const figures = measured[at] ?? [];
      const run: Run = {
        kind,
        scale: entry.scale,
        database: kind === "postgres" ? "PostgreSQL" : "PGlite",
        figures,
        serverRssPeakMb: 0,
        databaseRssPeakMb: 0,
      };
      const largest = entry.scale === chosenScales.at(-1);
      if (withLighthouse && largest && kind === databases[0]) {
        say(`  ${entry.scale}: Lighthouse (mobile, 3 runs each)…`);
        run.lighthouse = await lighthousePages(
          entry.server.origin,
          entry.visitors.convener.cookieHeader,
          // The baseline is a reference (what the frame alone scores), not held to the budget.
          pages.filter((page) => ["baseline", "board", "readiness", "session"].includes(page.name)),
        );
      }
      if (soakSeconds > 0 && largest) {
        say(`  ${entry.scale}: soak, ${soakSeconds} s at concurrency 10…`);
        const samples: { at: number; serverMb: number; databaseMb: number }[] = [];
        const { requests, failures } = await soak({
          pages,
          visitors: entry.visitors,
          concurrency: 10,
          seconds: soakSeconds,
          sample: (at) =>
            samples.push({ at, serverMb: rssMb(entry.server.pid), databaseMb: rssMb(entry.database.pid) }),
        });
        run.soak = { seconds: soakSeconds, requests, failures, samples };
      }
      const peaks = entry.peaks();
      run.serverRssPeakMb = peaks.server;
      run.databaseRssPeakMb = peaks.database;
      runs.push(run);
      say(`  ${entry.scale}:`);
      for (const page of figures)
        say(
          `  ${page.name.padEnd(32)} SQL ${String(page.statements[2]).padStart(3)}  c=1 p50 ${page.byConcurrency[1]?.p50.toFixed(1).padStart(7)} ms  c=10 p50 ${page.byConcurrency[10]?.p50.toFixed(1).padStart(7)} ms`,
        );
    }
  } finally {
    for (const entry of side) await entry.stop();
  }
}

const largest = bundleTable
  .split("\n")
  .filter((line) => /KB$/.test(line.trim()))
  .sort((a, b) => Number.parseFloat(b.split(/\s+/).at(-2) ?? "0") - Number.parseFloat(a.split(/\s+/).at(-2) ?? "0"))[0];
const breaches = checkBudgets(runs, { ok: bundle.status === 0, largest: largest?.trim() ?? "no build" });
const results = renderResults({
  runs,
  breaches,
  bundleTable,
  command: `npm run bench -- ${args.join(" ")}`.trim(),
  started,
  minutes: (Date.now() - started.getTime()) / 60_000,
});
writeFileSync(path.join(root, "bench", "RESULTS.md"), results);
say(
  `\nWrote bench/RESULTS.md. ${breaches.length === 0 ? "Every budget is met." : `${breaches.length} budget breach(es):`}`,
);
for (const breach of breaches) say(`  ${breach.text}`);
process.exit(breaches.length === 0 ? 0 : 1);
