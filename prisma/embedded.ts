import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/** A free loopback port, so that two Parleys (or a test run beside a dev server) never collide. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

type QueryQueue = {
  enqueue: (handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void) => Promise<number>;
};

// Frontend messages of the extended query protocol that come before their Sync: Parse, Bind, Describe, Execute, Close.
const EXTENDED_QUERY_MESSAGES = new Set([..."PBDEC"].map((letter) => letter.charCodeAt(0)));

/**
 * pglite-socket queues each protocol message on its own, so outside a transaction one
 * connection's Parse can land between another's Parse and Bind on the single backend, which
 * fails or, worse, answers the wrong query. This holds a connection's extended-query messages
 * back until its Sync (or any other message) and queues them as one unit.
 */
export function groupExtendedQueries(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  const enqueue = queue.enqueue.bind(queue);
  const held = new Map<number, Uint8Array[]>();
  queue.enqueue = (handlerId, message, onData) => {
    if (EXTENDED_QUERY_MESSAGES.has(message[0] ?? 0)) {
      held.set(handlerId, [...(held.get(handlerId) ?? []), message]);
      return Promise.resolve(0);
    }
    const before = held.get(handlerId);
    held.delete(handlerId);
    return enqueue(handlerId, before ? Buffer.concat([...before, message]) : message, onData);
  };
}

// A Unix socket path must fit in about 107 bytes; past that the socket goes to a private temporary folder.
const MAX_SOCKET_PATH = 100;

/**
 * PostgreSQL compiled to WebAssembly (PGlite), persisted in `dataDir` (or kept in memory when
 * `dataDir` is "memory://"), and served over the PostgreSQL wire protocol on a Unix socket, so the
 * app, the migration runner and the tests talk to it exactly as to a real server. PGlite checks no
 * password, so the socket is the lock: it lives in a folder only this user can enter (beside the
 * data folder, or `socketDir`), and no TCP port is opened for other local users to reach.
 */
export async function startEmbeddedDatabase(dataDir: string, socketDir?: string): Promise<EmbeddedDatabase> {
  const persistent = !dataDir.startsWith("memory://");
  if (persistent) mkdirSync(dataDir, { recursive: true });
  let folder = socketDir ?? (persistent ? path.dirname(dataDir) : undefined);
  let temporary = false;
  if (!folder || path.join(folder, ".s.PGSQL.5432").length > MAX_SOCKET_PATH) {
    folder = mkdtempSync(path.join(tmpdir(), "parley-db-"));
    temporary = true;
  }
  mkdirSync(folder, { recursive: true });
  chmodSync(folder, 0o700);
  const socket = path.join(folder, ".s.PGSQL.5432");
  rmSync(socket, { force: true });

  // pg_trgm ranks interlocutor search by trigram similarity; PostgreSQL ships it as a contrib extension.
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  // The whole database sits in memory or the page cache, so a random page costs what a sequential
  // one does; at PostgreSQL's default (4) the planner scanned 5,800 people and ran a trigram
  // comparison on each (42 ms) rather than use the trigram index (5 ms). PGlite is one backend
  // session for every connection, so this holds for all of them.
  await db.exec("SET random_page_cost = 1.1");
  const server = new PGLiteSocketServer({ db, path: socket, maxConnections: 64 });
  groupExtendedQueries(server);
  await server.start();
  let stopped = false;
  return {
    url: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(folder)}&sslmode=disable`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      rmSync(temporary ? folder : socket, { recursive: true, force: true });
    },
  };
}
