import { spawn } from "node:child_process";

/** Lighthouse 12 (13 needs Node 22), fetched from the npm registry on first use, never by the app. */
const LIGHTHOUSE = "lighthouse@12.8.2";
/** A mobile run takes 20–40 s here. */
const RUN_TIMEOUT_MS = 180_000;
const CHROMIUM_FLAGS =
  "--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run";

/** One Lighthouse run of one page. */
type RunFigures = {
  performance: number;
  accessibility: number;
  /** Total blocking time and largest contentful paint, in ms (Lighthouse's simulated mobile). */
  blockingMs: number;
  paintMs: number;
  /**
   * Lighthouse's own measure of the host's CPU, taken before the run. Its mobile throttling is a
   * fixed 4× slowdown of that CPU, so the same page scores lower on a slower or busier host: the
   * index tells the machine's share of a score from the page's.
   */
  benchmarkIndex: number;
  /** The accessibility audits that failed. */
  failing: string[];
};

const SERIES = ["performance", "accessibility", "blockingMs", "paintMs", "benchmarkIndex"] as const;

/** A page's runs: each figure of RunFigures, run by run, and the failing audits of any run. */
export type LighthouseResult = { [K in (typeof SERIES)[number]]: number[] } & {
  page: string;
  failing: string[];
  /** Runs that failed and were tried a second time, whatever the second try gave. */
  retried: number;
  /** Why a run gave no scores (the page is then reported as a breach, not skipped). */
  error?: string;
};

function runOnce(url: string, cookie: string): Promise<RunFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "npm",
      [
        "exec",
        "--yes",
        `--package=${LIGHTHOUSE}`,
        "--",
        "lighthouse",
        url,
        "--quiet",
        "--output=json",
        "--output-path=stdout",
        "--only-categories=performance,accessibility",
        `--chrome-flags=${CHROMIUM_FLAGS}`,
        `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
      ],
      { detached: true, env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" } },
    );
    let out = "";
    let err = "";
    // A run that hangs (a browser that never loads the page) fails after RUN_TIMEOUT_MS rather
    // than stalling the benchmark for good.
    const timer = setTimeout(() => {
      err += `\nno report after ${RUN_TIMEOUT_MS / 1000} s`;
      // npm, Lighthouse and Chromium: the whole process group.
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    }, RUN_TIMEOUT_MS);
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`Lighthouse failed on ${url}: ${err.slice(-300)}`));
      let report: {
        categories: Record<string, { score: number; auditRefs: { id: string }[] }>;
        environment?: { benchmarkIndex?: number };
        audits: Record<
          string,
          { score: number | null; scoreDisplayMode: string; title: string; numericValue?: number }
        >;
      };
      try {
        report = JSON.parse(out);
      } catch {
        return reject(new Error(`Lighthouse wrote no report for ${url}: ${err.slice(-300)}`));
      }
      const accessibility = report.categories.accessibility;
      const failing = (accessibility?.auditRefs ?? [])
        .map((ref) => report.audits[ref.id])
        .filter((audit) => audit && audit.scoreDisplayMode === "binary" && audit.score === 0)
        .map((audit) => audit?.title ?? "");
      resolve({
        performance: Math.round((report.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((accessibility?.score ?? 0) * 100),
        blockingMs: Math.round(report.audits["total-blocking-time"]?.numericValue ?? 0),
        paintMs: Math.round(report.audits["largest-contentful-paint"]?.numericValue ?? 0),
        benchmarkIndex: Math.round(report.environment?.benchmarkIndex ?? 0),
        failing,
      });
    });
  });
}

/** Lighthouse's mobile run of each page `runs` times, signed in by the session cookie. */
export async function lighthousePages(
  origin: string,
  cookie: string,
  pages: { name: string; path: string }[],
  runs = 3,
) {
  const results: LighthouseResult[] = [];
  for (const page of pages) {
    const result: LighthouseResult = {
      page: page.name,
      performance: [],
      accessibility: [],
      blockingMs: [],
      paintMs: [],
      benchmarkIndex: [],
      failing: [],
      retried: 0,
    };
    for (let i = 0; i < runs; i++) {
      try {
        // A run that fails has no score to choose from, so it is tried once more.
        const once = await runOnce(`${origin}${page.path}`, cookie).catch(() => {
          result.retried++;
          return runOnce(`${origin}${page.path}`, cookie);
        });
        for (const key of SERIES) result[key].push(once[key]);
        for (const title of once.failing) if (!result.failing.includes(title)) result.failing.push(title);
      } catch (error) {
        result.error = error instanceof Error ? error.message : String(error);
      }
    }
    results.push(result);
  }
  return results;
}
