import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, parseEnv } from "../lib/env";
import { describeTarget, parseDatabaseUrl, SetupError } from "./connection";
import { type EmbeddedDatabase, startEmbeddedDatabase } from "./embedded";
import { migrate } from "./migrate";
import { isEmpty, seed } from "./seed";

/**
 * One command from a fresh clone to a running Parley: the database (embedded unless DATABASE_URL
 * names one), migrations, demo data on first run, a production build when the sources changed,
 * then the server. Ctrl-C stops the server first and the database last, so nothing is lost.
 */
export type LaunchOptions = {
  mode: "start" | "dev";
  port: number;
  host: string;
  dataDir: string;
  /** "auto" builds when sources are newer than the last build; "always" is for end-to-end tests. */
  build: "auto" | "always";
};

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const serverScript = path.join(root, "prisma", "server.ts");

/**
 * Node flags for the server process. V8 sizes its old space from the machine's memory (about 4 GB
 * on 24 GiB) and collects lazily until near it, so a busy server sat at 1–3 GB of RSS though it
 * holds little: a 256 MB heap brought it to about 530 MB. The young generation's semi-spaces are
 * held at 16 MB, glibc keeps two malloc arenas rather than one per thread, and prisma/server.ts
 * stops Node keeping the source map of every server chunk: 60 s at concurrency 10 over the
 * benchmark's pages peaked at 451–463 MB before those three, and 396 MB after, at the same
 * throughput (bench/RESULTS.md has the 10-minute soak). Semi-spaces of 8 MB saved 20 MB more but
 * cost about a fifth more time in the collector on the board.
 */
export const SERVER_NODE_FLAGS = ["--max-old-space-size=256", "--max-semi-space-size=16"];
export const SERVER_ENV = { MALLOC_ARENA_MAX: "2" };
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "package-lock.json",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    stat.mtimeMs,
  );
}

function needsBuild(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((entry) => newestMtime(path.join(root, entry)) > built);
}

/** A secret for local use, made once and kept beside the embedded data, so sessions survive restarts. */
function localSecret(dataDir: string): string {
  const file = path.join(path.dirname(dataDir), "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Two processes on one PGlite folder would corrupt it; the lock file names the one that owns it. */
function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8"));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = pid !== process.pid;
    } catch {}
    if (alive)
      throw new SetupError(
        `Another Parley (process ${pid}) is using ${dataDir}: stop it first, or set PARLEY_DATA_DIR to another folder.`,
      );
  }
  mkdirSync(path.dirname(lockFile), { recursive: true });
  writeFileSync(lockFile, String(process.pid));
  return () => {
    if (existsSync(lockFile)) unlinkSync(lockFile);
  };
}

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
}

function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function waitForHealth(url: string, child: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 600 && child.exitCode === null; attempt++) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return true;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

export async function launch(options: LaunchOptions): Promise<number> {
  let embedded: EmbeddedDatabase | undefined;
  let unlock = () => {};
  let child: ChildProcess | undefined;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping Parley (${signal})…`);
    child?.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  try {
    let url = process.env.DATABASE_URL;
    if (url) {
      parseDatabaseUrl(url);
      console.log(`Using the PostgreSQL database at ${describeTarget(url)}.`);
    } else {
      unlock = lockDataDir(options.dataDir);
      embedded = await startEmbeddedDatabase(options.dataDir);
      url = embedded.url;
      console.log(
        `Embedded database running on ${describeTarget(url)}, data in ${path.relative(root, options.dataDir) || options.dataDir}.`,
      );
    }
    const secret =
      process.env.NEXTAUTH_SECRET ?? (embedded || options.mode === "dev" ? localSecret(options.dataDir) : undefined);
    const appUrl = process.env.NEXTAUTH_URL ?? `http://localhost:${options.port}`;
    const env = {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: appUrl,
      PORT: String(options.port),
      NODE_ENV: options.mode === "dev" ? "development" : "production",
      // Parley runs offline; Next.js must not try to send telemetry.
      NEXT_TELEMETRY_DISABLED: "1",
    } as NodeJS.ProcessEnv;
    parseEnv(env);

    const applied = await migrate(url);
    console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");
    // Only the embedded database gets the demo; a real server starts empty, for a first sign-up.
    if (embedded && (await isEmpty(url))) {
      const demo = await seed(url);
      console.log(
        `Seeded the demo data (fictional organization and people). Sign in as ${demo.email} with ${demo.password}`,
      );
      writeFileSync(
        path.join(path.dirname(options.dataDir), "demo-credentials.txt"),
        `${demo.email}\n${demo.password}\n`,
        { mode: 0o600 },
      );
    }
    if (options.mode === "start" && (options.build === "always" || needsBuild()) && !stopping) {
      console.log("Building Parley (first run, or the sources changed)…");
      child = run([nextBin, "build"], env);
      const code = await exitCode(child);
      if (code !== 0 || stopping) return stopping ? 0 : code;
    }
    if (stopping) return 0;
    // The development server compiles on demand and needs more heap; only production is capped.
    const production = options.mode === "start";
    child = run(
      [
        ...(production ? SERVER_NODE_FLAGS : []),
        "--import",
        "tsx",
        serverScript,
        options.mode,
        String(options.port),
        options.host,
      ],
      production ? { ...env, ...SERVER_ENV } : env,
    );
    const server = child;
    const exited = exitCode(server);
    if (await waitForHealth(`http://127.0.0.1:${options.port}`, server)) {
      console.log(`\nParley is running at ${appUrl}. Open it in a browser.`);
      console.log(
        embedded
          ? "Press Ctrl-C to stop; the data stays in the data folder for the next start."
          : "Press Ctrl-C to stop.",
      );
    }
    const code = await exited;
    return stopping ? 0 : code;
  } catch (error) {
    if (error instanceof SetupError || error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await embedded?.stop();
    unlock();
  }
}

if (import.meta.filename === process.argv[1]) {
  const mode = process.argv[2] === "dev" ? "dev" : "start";
  const code = await launch({
    mode,
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST ?? "127.0.0.1",
    dataDir: path.resolve(root, process.env.PARLEY_DATA_DIR ?? ".parley/db"),
    build: "auto",
  });
  process.exit(code);
}
