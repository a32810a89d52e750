import type { Visitor } from "./http";

/**
 * A page the harness loads. `statements` is the most SQL statements one request may send: the
 * count measured when the page was last made faster, so a query per row (or any new query) shows
 * as a breach until someone looks and raises it on purpose.
 */
export type Page = { name: string; path: string; as: "convener" | "owner"; statements: number };

export type PageFigures = {
  name: string;
  path: string;
  statementBudget: number;
  statements: number[];
  bytes: number;
  /** Requests that did not answer 200 (or did not answer), with the first reason. */
  failures: number;
  failure?: string;
  byConcurrency: Record<number, { p50: number; p95: number; p99: number; rps: number; requests: number }>;
};

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Runs `count` loads of one page, `concurrency` at a time: the latencies, the wall time, and the
 * loads that failed (a failure counts, with the time it took, rather than stopping the run).
 */
async function burst(visitor: Visitor, path: string, count: number, concurrency: number) {
  const times: number[] = [];
  const failures: string[] = [];
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next++;
        const began = performance.now();
        try {
          times.push((await visitor.load(path)).ms);
        } catch (error) {
          times.push(performance.now() - began);
          failures.push(error instanceof Error ? error.message : String(error));
        }
      }
    }),
  );
  return { times, failures, wall: performance.now() - start };
}

/**
 * One production server the pages are measured on: the data of one scale behind it, its signed-in
 * visitors, and the count of SQL statements its proxy has passed to the database.
 */
export type Target = {
  visitors: Record<Page["as"], Visitor>;
  statements: () => number;
};

/** The statements each page sends on one server, counted on the wire, one request at a time. */
async function countStatements(target: Target, pages: Page[]): Promise<Map<string, PageFigures>> {
  const figures = new Map<string, PageFigures>();
  for (const page of pages) {
    const visitor = target.visitors[page.as];
    let bytes = 0;
    for (let i = 0; i < 3; i++) bytes = (await visitor.load(page.path)).bytes;
    const statements: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = target.statements();
      await visitor.load(page.path);
      // Give the server a moment for anything it sends after the last byte (none should).
      await new Promise((resolve) => setTimeout(resolve, 20));
      statements.push(target.statements() - before);
    }
    figures.set(page.name, {
      name: page.name,
      path: page.path,
      statementBudget: page.statements,
      statements,
      bytes,
      failures: 0,
      byConcurrency: {},
    });
  }
  return figures;
}

type Lane = {
  target: Target;
  figures: Map<string, PageFigures>;
  times: Map<string, number[]>;
  wall: Map<string, number>;
};

/**
 * Every page, the baseline among them, measured in interleaved rounds on every target at once:
 * first the statements each sends (one request at a time, counted on the wire), then latency at
 * each concurrency, round by round, so that a slow minute of the machine falls on every page alike.
 *
 * A burst of the baseline runs before every burst of every other page, so the baseline's p50, which
 * every ratio divides by, is taken across the whole run rather than from one burst a round: with
 * one, a quiet or a busy half-minute of this shared machine moved every page's ratio at once (the
 * same code measured 2.3× in one run and 3.2× in the next).
 *
 * The targets (one server per scale) are interleaved the same way: each page is measured on every
 * target in turn, seconds apart, the first target alternating. Measured one server after the
 * other, minutes apart, the machine's drift counted as growth: in one run the no-op baseline, which
 * reads nothing that depends on the data, "grew" 1.30× from the small server to the large.
 */
export async function measurePages(options: {
  targets: Target[];
  pages: Page[];
  /** The reference page, by name: measured before every other page's burst. */
  baseline: string;
  concurrencies: number[];
  rounds: number;
  perRound: (concurrency: number) => number;
  say: (line: string) => void;
}): Promise<PageFigures[][]> {
  const { pages } = options;
  // One lane per target: its figures, and the latencies and wall time gathered at this concurrency.
  const lanes: Lane[] = [];
  for (const target of options.targets)
    lanes.push({ target, figures: await countStatements(target, pages), times: new Map(), wall: new Map() });
  const baseline = pages.find((page) => page.name === options.baseline);
  if (!baseline) throw new Error(`No page is named ${options.baseline}.`);
  const others = pages.filter((page) => page !== baseline);
  for (const concurrency of options.concurrencies) {
    for (const lane of lanes) {
      lane.times.clear();
      lane.wall.clear();
    }
    const run = async (lane: Lane, page: Page) => {
      const visitor = lane.target.visitors[page.as];
      const entry = lane.figures.get(page.name);
      const count = (failures: string[]) => {
        if (entry && failures.length) {
          entry.failures += failures.length;
          entry.failure ??= failures[0];
        }
      };
      // One untimed request per connection first: whatever the burst before left to the server
      // (young garbage to collect, another page's code warm in the JIT) is paid here, untimed, by
      // the baseline and the pages alike, rather than by whichever burst comes next.
      count((await burst(visitor, page.path, concurrency, concurrency)).failures);
      const result = await burst(visitor, page.path, options.perRound(concurrency), concurrency);
      count(result.failures);
      lane.times.set(page.name, (lane.times.get(page.name) ?? []).concat(result.times));
      lane.wall.set(page.name, (lane.wall.get(page.name) ?? 0) + result.wall);
    };
    let turn = 0;
    for (let round = 0; round < options.rounds; round++) {
      // Each round starts one page further on, so no page is always first after a pause.
      const order = others.map((_, i) => others[(i + round) % others.length] as Page);
      for (const page of order) {
        // Every target in turn, the first one alternating from page to page.
        for (let i = 0; i < lanes.length; i++) {
          const lane = lanes[(i + turn) % lanes.length] as Lane;
          await run(lane, baseline);
          await run(lane, page);
        }
        turn++;
      }
      options.say(`  concurrency ${concurrency}: round ${round + 1} of ${options.rounds} done`);
    }
    for (const lane of lanes)
      for (const page of pages) {
        const sorted = (lane.times.get(page.name) ?? []).sort((a, b) => a - b);
        const entry = lane.figures.get(page.name);
        if (!entry) continue;
        entry.byConcurrency[concurrency] = {
          p50: quantile(sorted, 0.5),
          p95: quantile(sorted, 0.95),
          p99: quantile(sorted, 0.99),
          rps: (sorted.length / (lane.wall.get(page.name) ?? 1)) * 1000,
          requests: sorted.length,
        };
      }
  }
  return lanes.map((lane) => [...lane.figures.values()]);
}

/** Load at `concurrency` for `seconds`, every page in turn, while `sample` is called every few seconds. */
export async function soak(options: {
  pages: Page[];
  visitors: Record<Page["as"], Visitor>;
  concurrency: number;
  seconds: number;
  sample: (elapsed: number) => void;
}) {
  const end = performance.now() + options.seconds * 1000;
  const started = performance.now();
  let requests = 0;
  let failures = 0;
  let turn = 0;
  const timer = setInterval(() => options.sample((performance.now() - started) / 1000), 5_000);
  try {
    await Promise.all(
      Array.from({ length: options.concurrency }, async () => {
        while (performance.now() < end) {
          const page = options.pages[turn++ % options.pages.length] as Page;
          await options.visitors[page.as].load(page.path).catch(() => {
            failures++;
          });
          requests++;
        }
      }),
    );
  } finally {
    clearInterval(timer);
  }
  options.sample((performance.now() - started) / 1000);
  return { requests, failures };
}
