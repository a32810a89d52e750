import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { hashPassword } from "../../lib/auth/password";
import { connect } from "../../prisma/connection";
import { freePort } from "../../prisma/embedded";
import { migrate } from "../../prisma/migrate";
import { type Scale, scales, seedScale } from "../../prisma/scale-seed";
import { SERVER_ENV, SERVER_NODE_FLAGS } from "../../prisma/start";
import { databaseName, recreateDatabase, withDatabaseName } from "../../prisma/test-database";

export const root = path.resolve(import.meta.dirname, "..", "..");
export const workDir = path.join(root, ".parley", "bench");
export const BENCH_PASSWORD = "bench-password-for-generated-data";
export const BENCH_SECRET = "benchmark-secret-that-is-at-least-32-characters";

export type DatabaseKind = "postgres" | "embedded";

/** Resident memory of a process in MB, from /proc (Linux), or 0 when it is gone. */
export function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function log(kind: DatabaseKind, scale: Scale) {
  mkdirSync(workDir, { recursive: true });
  return createWriteStream(path.join(workDir, `${kind}-${scale}.log`), { flags: "a" });
}

function exited(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

/** Has this database the generated data of this scale already? Then it is used again. */
async function seeded(url: string, scale: Scale): Promise<boolean> {
  const client = await connect(url);
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM "Dialogue" WHERE "organizationId" = 'o0'`,
    );
    return Number(rows[0]?.n) === scales[scale].dialogues;
  } catch {
    return false;
  } finally {
    await client.end();
  }
}

async function prepare(url: string, scale: Scale, fresh: boolean, say: (line: string) => void) {
  if (!fresh && (await migrate(url)) && (await seeded(url, scale))) {
    say(`Using the ${scale} data already in the database.`);
    return;
  }
  await migrate(url);
  const client = await connect(url);
  try {
    await seedScale(client, scale, await hashPassword(BENCH_PASSWORD), (line) => say(line));
  } finally {
    await client.end();
  }
}

/**
 * A database with the scale's data: `<name>_bench_<scale>` on the PostgreSQL server DATABASE_URL
 * names, or the embedded database in a process of its own, with its data in .parley/bench.
 */
export async function startDatabase(kind: DatabaseKind, scale: Scale, fresh: boolean, say: (line: string) => void) {
  if (kind === "postgres") {
    const server = process.env.DATABASE_URL;
    if (!server) throw new Error("DATABASE_URL is not set: the PostgreSQL runs need a server to create databases on.");
    const url = withDatabaseName(server, `${databaseName(server)}_bench_${scale}`);
    if (fresh || !(await seeded(url, scale).catch(() => false))) await recreateDatabase(url);
    await prepare(url, scale, fresh, say);
    // As README's "Using a real PostgreSQL" advises for SSD storage (the embedded database sets it itself).
    const client = await connect(url);
    try {
      await client.query(`ALTER DATABASE "${databaseName(url)}" SET random_page_cost = 1.1`);
    } finally {
      await client.end();
    }
    return { url, pid: undefined as number | undefined, stop: async () => {} };
  }
  const dataDir = path.join(workDir, `embedded-${scale}`, "db");
  if (fresh) {
    const { rmSync } = await import("node:fs");
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  }
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "embedded-host.ts"), dataDir],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /URL (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", () => reject(new Error("The embedded database stopped before it started.")));
  });
  await prepare(url, scale, fresh, say);
  return {
    url,
    pid: child.pid,
    stop: async () => {
      child.kill("SIGTERM");
      await exited(child);
    },
  };
}

/** The production server (prisma/server.ts, as `npm start` runs it), with the baseline page switched on. */
export async function startServer(kind: DatabaseKind, scale: Scale, databaseUrl: string) {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const out = log(kind, scale);
  const child = spawn(
    process.execPath,
    [
      ...SERVER_NODE_FLAGS,
      "--import",
      "tsx",
      path.join(root, "prisma", "server.ts"),
      "start",
      String(port),
      "127.0.0.1",
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        ...SERVER_ENV,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: origin,
        NEXTAUTH_SECRET: BENCH_SECRET,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PARLEY_BENCHMARK: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`The server stopped; see ${out.path}.`);
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    pid: child.pid,
    stop: async () => {
      child.kill("SIGTERM");
      await exited(child);
    },
  };
}
