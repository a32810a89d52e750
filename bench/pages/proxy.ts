import net from "node:net";

export type Upstream = { host: string; port: number } | { path: string };

/** Where a postgresql:// URL points: a TCP host and port, or the Unix socket its `host` names. */
export function upstreamOf(url: string): Upstream {
  const parsed = new URL(url);
  const socketDir = parsed.searchParams.get("host");
  if (socketDir?.startsWith("/")) return { path: `${socketDir}/.s.PGSQL.${parsed.port || "5432"}` };
  return { host: parsed.hostname, port: Number(parsed.port || 5432) };
}

const QUERY = "Q".charCodeAt(0);
const EXECUTE = "E".charCodeAt(0);

/**
 * A byte-for-byte PostgreSQL proxy on loopback that counts the statements the app sends: every
 * simple Query and every extended-protocol Execute, whatever the ORM. The harness points the
 * server at it, so "SQL statements per request" is counted outside the app, on the wire.
 */
export async function startCountingProxy(upstream: Upstream) {
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const backend = net.connect(upstream);
    // As the pg driver does on its own socket: without it, Nagle's algorithm held the tail of a
    // large result until the server's delayed ACK, adding up to 40 ms to a page at concurrency 1.
    client.setNoDelay(true);
    backend.setNoDelay(true);
    sockets.add(client);
    sockets.add(backend);
    // The startup message has no type byte; every later message is a type byte and a length.
    let startup = true;
    let skip = 0;
    let header = Buffer.alloc(0);
    client.on("data", (chunk: Buffer) => {
      let at = 0;
      while (at < chunk.length) {
        if (skip > 0) {
          const step = Math.min(skip, chunk.length - at);
          skip -= step;
          at += step;
          continue;
        }
        const need = startup ? 4 : 5;
        const take = Math.min(need - header.length, chunk.length - at);
        header = Buffer.concat([header, chunk.subarray(at, at + take)]);
        at += take;
        if (header.length < need) break;
        if (startup) {
          skip = header.readInt32BE(0) - 4;
          startup = false;
        } else {
          const type = header[0];
          if (type === QUERY || type === EXECUTE) statements++;
          skip = header.readInt32BE(1) - 4;
        }
        header = Buffer.alloc(0);
      }
      backend.write(chunk);
    });
    backend.pipe(client);
    const end = () => {
      client.destroy();
      backend.destroy();
      sockets.delete(client);
      sockets.delete(backend);
    };
    client.on("close", end);
    backend.on("close", end);
    client.on("error", end);
    backend.on("error", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    port,
    /** The URL of the same database, through the proxy. */
    urlFor(url: string) {
      const parsed = new URL(url);
      parsed.searchParams.delete("host");
      parsed.hostname = "127.0.0.1";
      parsed.port = String(port);
      return parsed.toString();
    },
    statements: () => statements,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
