import { cpus, type as osType, release, totalmem } from "node:os";
import type { LighthouseResult } from "./lighthouse";
import type { PageFigures } from "./measure";
import type { DatabaseKind } from "./servers";

export const BUDGETS = {
  /** Every page's p50 at most this many times the baseline's. */
  p50Ratio: 3,
  /** No page's p95 grows more than this from the smallest scale to the largest. */
  p95Growth: 1.5,
  /** The server's resident memory, at any moment of any run. */
  serverRssMb: 512,
  /** The embedded database's memory may not grow more than this from the soak's middle to its end. */
  embeddedRssGrowth: 1.1,
  /** Lighthouse, mobile, the median of three runs. */
  lighthousePerformance: 95,
  lighthouseAccessibility: 100,
};

export type Run = {
  kind: DatabaseKind;
  scale: string;
  database: string;
  figures: PageFigures[];
  serverRssPeakMb: number;
  databaseRssPeakMb: number;
  soak?: {
    seconds: number;
    requests: number;
    failures: number;
    samples: { at: number; serverMb: number; databaseMb: number }[];
  };
  lighthouse?: LighthouseResult[];
};

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "—" : value.toFixed(1));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Each budget in turn, for every run: the lines that hold and the lines that do not. */
export function checkBudgets(runs: Run[], bundle: { ok: boolean; largest: string }) {
  const lines: { ok: boolean; text: string }[] = [];
  for (const run of runs) {
    const baseline = run.figures.find((page) => page.name === "baseline");
    for (const page of run.figures) {
      if (page === baseline || !baseline) continue;
      for (const [concurrency, figures] of Object.entries(page.byConcurrency)) {
        const ratio = figures.p50 / (baseline.byConcurrency[Number(concurrency)]?.p50 ?? Number.NaN);
        if (!(ratio <= BUDGETS.p50Ratio))
          lines.push({
            ok: false,
            text: `${run.kind} ${run.scale}, c=${concurrency}: ${page.name} p50 is ${ratio.toFixed(2)}× the baseline (budget ${BUDGETS.p50Ratio}×).`,
          });
      }
      if (page.failures > 0)
        lines.push({
          ok: false,
          text: `${run.kind} ${run.scale}: ${page.name} failed ${page.failures} request(s): ${page.failure}`,
        });
      const statements = median(page.statements);
      if (statements > page.statementBudget)
        lines.push({
          ok: false,
          text: `${run.kind} ${run.scale}: ${page.name} sends ${statements} SQL statements per request, more than its ${page.statementBudget}: a query per row?`,
        });
      if (Math.min(...page.statements) !== Math.max(...page.statements))
        lines.push({
          ok: false,
          text: `${run.kind} ${run.scale}: ${page.name} sent ${page.statements.join(", ")} statements on five identical requests.`,
        });
    }
    for (const result of run.lighthouse ?? []) {
      if (result.page === "baseline") continue;
      if (result.error) lines.push({ ok: false, text: `Lighthouse, ${result.page}: ${result.error}` });
      if (result.performance.length === 0) continue;
      const performance = median(result.performance);
      const accessibility = median(result.accessibility);
      if (performance < BUDGETS.lighthousePerformance)
        lines.push({
          ok: false,
          text: `Lighthouse, ${result.page}: performance ${performance} (runs ${result.performance.join(", ")}; budget ${BUDGETS.lighthousePerformance}).`,
        });
      if (accessibility < BUDGETS.lighthouseAccessibility)
        lines.push({
          ok: false,
          text: `Lighthouse, ${result.page}: accessibility ${accessibility} (failing: ${result.failing.join("; ")}).`,
        });
    }
    if (run.soak?.failures)
      lines.push({
        ok: false,
        text: `${run.kind} ${run.scale}: ${run.soak.failures} requests failed during the soak.`,
      });
    if (run.serverRssPeakMb >= BUDGETS.serverRssMb)
      lines.push({
        ok: false,
        text: `${run.kind} ${run.scale}: the server reached ${run.serverRssPeakMb.toFixed(0)} MB RSS (budget ${BUDGETS.serverRssMb} MB).`,
      });
    if (run.kind === "embedded" && run.soak && run.soak.samples.length > 4) {
      const samples = run.soak.samples;
      const middle = samples[Math.floor(samples.length / 2)]?.databaseMb ?? 0;
      const last = samples.at(-1)?.databaseMb ?? 0;
      if (last > middle * BUDGETS.embeddedRssGrowth)
        lines.push({
          ok: false,
          text: `embedded ${run.scale}: the embedded database grew from ${middle.toFixed(0)} MB to ${last.toFixed(0)} MB in the second half of the soak.`,
        });
    }
  }
  for (const kind of new Set(runs.map((run) => run.kind))) {
    const ofKind = runs.filter((run) => run.kind === kind);
    const first = ofKind[0];
    const last = ofKind.at(-1);
    if (!first || !last || first === last) continue;
    for (const page of last.figures) {
      const before = first.figures.find((entry) => entry.name === page.name);
      if (!before) continue;
      if (median(before.statements) !== median(page.statements))
        lines.push({
          ok: false,
          text: `${kind}: ${page.name} sends ${median(before.statements)} statements at ${first.scale} but ${median(page.statements)} at ${last.scale}.`,
        });
      for (const [concurrency, figures] of Object.entries(page.byConcurrency)) {
        const growth = figures.p95 / (before.byConcurrency[Number(concurrency)]?.p95 ?? Number.NaN);
        if (!(growth <= BUDGETS.p95Growth))
          lines.push({
            ok: false,
            text: `${kind}, c=${concurrency}: ${page.name} p95 grew ${growth.toFixed(2)}× from ${first.scale} to ${last.scale} (budget ${BUDGETS.p95Growth}×).`,
          });
      }
    }
  }
  if (!bundle.ok) lines.push({ ok: false, text: `First-load JavaScript: ${bundle.largest}` });
  return lines;
}

function machine(): string {
  const cpu = cpus();
  return `${osType()} ${release()}, ${cpu.length} × ${cpu[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node.js ${process.version}`;
}

/** bench/RESULTS.md: the machine, every run's table, growth from the smallest scale to the largest, memory, budgets. */
export function renderResults(options: {
  runs: Run[];
  breaches: { ok: boolean; text: string }[];
  bundleTable: string;
  command: string;
  started: Date;
  minutes: number;
}): string {
  const { runs, breaches } = options;
  const out: string[] = [];
  out.push("# Page benchmark results", "");
  out.push(
    `Written by \`${options.command}\` on ${options.started.toISOString().slice(0, 16).replace("T", " ")} UTC, in ${options.minutes.toFixed(0)} minutes.`,
  );
  out.push("", `Machine: ${machine()}.`, "");
  out.push(
    "Each page is loaded to its last byte over HTTP from a production server, signed in (the audit page as an owner, the rest as a convener), interleaved with the baseline: a signed-in page in the same frame that reads nothing else. A burst of the baseline runs before every burst of every page, so its p50 spans the whole run; ratio is the page's p50 over the baseline's at the same concurrency. For each database, the servers of every scale run side by side and each page is measured on them in turn, seconds apart, so growth from one scale to the next is not the machine's drift over minutes. Each burst starts with one untimed request per connection. SQL is the statements per request, counted on the wire by a proxy between the server and the database (five requests, one at a time). Both databases plan with `random_page_cost = 1.1`, as README advises for SSD storage.",
    "",
  );
  out.push(`## Budgets: ${breaches.length === 0 ? "all met" : `${breaches.length} breached`}`, "");
  out.push(
    `- p50 at most ${BUDGETS.p50Ratio}× the baseline's; p95 growth from the smallest scale to the largest at most ${BUDGETS.p95Growth}×; SQL statements per request the same at every scale and no more than each page's own figure (bench/pages.ts); server RSS under ${BUDGETS.serverRssMb} MB; the embedded database not growing more than ${Math.round((BUDGETS.embeddedRssGrowth - 1) * 100)}% over the second half of the soak; first-load JavaScript at most 150 KB gzipped per route.`,
  );
  for (const breach of breaches) out.push(`- **Breach:** ${breach.text}`);
  out.push("");
  for (const run of runs) {
    out.push(`## ${run.kind === "postgres" ? "PostgreSQL" : "Embedded database"}, ${run.scale} (${run.database})`, "");
    const concurrencies = Object.keys(run.figures[0]?.byConcurrency ?? {}).map(Number);
    const baseline = run.figures.find((page) => page.name === "baseline");
    const header = ["Page", "SQL", "KB", "failed"];
    for (const c of concurrencies) header.push(`c=${c} p50`, "p95", "p99", "req/s", "ratio");
    out.push(`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`);
    for (const page of run.figures) {
      const cells = [
        `${page.name} (\`${page.path.replace(/^\/o\/[^/?]+/, "") || "/"}\`)`,
        String(median(page.statements)),
        (page.bytes / 1024).toFixed(0),
        String(page.failures),
      ];
      for (const c of concurrencies) {
        const f = page.byConcurrency[c];
        const ratio = f && baseline ? f.p50 / (baseline.byConcurrency[c]?.p50 ?? Number.NaN) : Number.NaN;
        cells.push(
          ms(f?.p50),
          ms(f?.p95),
          ms(f?.p99),
          f ? f.rps.toFixed(1) : "—",
          Number.isNaN(ratio) ? "—" : `${ratio.toFixed(2)}×`,
        );
      }
      out.push(`| ${cells.join(" | ")} |`);
    }
    out.push(
      "",
      `Peak RSS: server ${run.serverRssPeakMb.toFixed(0)} MB${run.kind === "embedded" ? `, embedded database ${run.databaseRssPeakMb.toFixed(0)} MB` : ""}.`,
      "",
    );
    if (run.lighthouse) {
      out.push(
        "Lighthouse (mobile, signed in as a convener), three runs each. Its throttling slows the host's CPU by a fixed 4×, so a slower or busier host scores lower for the same page: the CPU index is Lighthouse's benchmark of the host before each run (higher is faster), and the baseline row is what the frame alone scores on it.",
        "",
      );
      out.push(
        "| Page | Performance (median; runs) | Accessibility (median; runs) | Blocking time, ms (median) | Largest paint, ms (median) | CPU index (runs) |",
        "|---|---|---|---|---|---|",
      );
      for (const result of run.lighthouse)
        out.push(
          `| ${result.page === "baseline" ? "baseline (reference, not budgeted)" : result.page}${result.retried ? ` (${result.retried === 1 ? "one run" : `${result.retried} runs`} tried twice)` : ""} | ${median(result.performance)} (${result.performance.join(", ")}) | ${median(result.accessibility)} (${result.accessibility.join(", ")}) | ${median(result.blockingMs)} | ${median(result.paintMs)} | ${result.benchmarkIndex.join(", ")} |`,
        );
      out.push("");
    }
    if (run.soak) {
      out.push(
        `Soak: ${run.soak.seconds} s at concurrency 10, ${run.soak.requests} requests, ${run.soak.failures} failed. RSS in MB, every 30 s (server${run.kind === "embedded" ? " / embedded database" : ""}):`,
        "",
      );
      const every = run.soak.samples.filter((_, i) => i % 6 === 0 || i === (run.soak?.samples.length ?? 0) - 1);
      out.push(
        every
          .map(
            (s) =>
              `${Math.round(s.at)} s: ${s.serverMb.toFixed(0)}${run.kind === "embedded" ? ` / ${s.databaseMb.toFixed(0)}` : ""}`,
          )
          .join(" · "),
        "",
      );
    }
  }
  const kinds = [...new Set(runs.map((run) => run.kind))];
  for (const kind of kinds) {
    const ofKind = runs.filter((run) => run.kind === kind);
    const first = ofKind[0];
    const last = ofKind.at(-1);
    if (!first || !last || first === last) continue;
    out.push(
      `## Growth, ${kind === "postgres" ? "PostgreSQL" : "embedded"}: p95 at ${last.scale} over p95 at ${first.scale}`,
      "",
    );
    const concurrencies = Object.keys(last.figures[0]?.byConcurrency ?? {}).map(Number);
    out.push(`| Page | SQL ${first.scale} → ${last.scale} | ${concurrencies.map((c) => `c=${c}`).join(" | ")} |`);
    out.push(`|---|---|${concurrencies.map(() => "---").join("|")}|`);
    for (const page of last.figures) {
      const before = first.figures.find((entry) => entry.name === page.name);
      if (!before) continue;
      const growth = concurrencies.map((c) => {
        const value = (page.byConcurrency[c]?.p95 ?? Number.NaN) / (before.byConcurrency[c]?.p95 ?? Number.NaN);
        return `${value.toFixed(2)}×`;
      });
      out.push(`| ${page.name} | ${median(before.statements)} → ${median(page.statements)} | ${growth.join(" | ")} |`);
    }
    out.push("");
  }
  out.push("## First-load JavaScript (gzipped)", "", "```", options.bundleTable.trim(), "```", "");
  return out.join("\n");
}
