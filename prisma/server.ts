import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { appendPeer } from "../lib/auth/client-address";
import { brotliStatic } from "./static-brotli";

/**
 * Parley's HTTP server: Next.js with two steps in front. The build's scripts and stylesheets go
 * out in Brotli where the client takes it (./static-brotli.ts). And Next fills X-Forwarded-For from
 * the socket only when the client sent none, so a client could pick its own rate-limit key by
 * sending one.
 * Here the connection's own address is always appended, exactly as a proxy appends, and
 * lib/auth/client-address.ts reads the header from the right. Run it through `npm start` (or
 * `npm run serve`), never with `next start`.
 */
const [mode = "start", port = process.env.PORT ?? "3000", hostname = process.env.HOST ?? "127.0.0.1"] =
  process.argv.slice(2);
const dev = mode === "dev";
// tsx turns source maps on for every module loaded after it, and Node then reads and keeps the map
// of each of Next's server chunks: 30–40 MB of a production server's memory, and its startup.
if (!dev) process.setSourceMapsEnabled(false);
(process.env as Record<string, string>).NODE_ENV ??= dev ? "development" : "production";
const root = path.resolve(import.meta.dirname, "..");

const createNext = ((next as unknown as { default?: typeof next }).default ?? next) as typeof next;
const app = createNext({ dev, dir: root, hostname, port: Number(port) });
const handle = app.getRequestHandler();
await app.prepare();
// The build's scripts and stylesheets in Brotli, where the client takes it (Next sends gzip).
const brotli = dev ? null : brotliStatic(path.join(root, ".next", "static"));

const server = createServer((request, response) => {
  if (brotli?.serve(request, response)) return;
  request.headers["x-forwarded-for"] = appendPeer(request.headers["x-forwarded-for"], request.socket.remoteAddress);
  void handle(request, response);
});
server.listen(Number(port), hostname, () => {
  console.log(`Parley ${dev ? "development" : "production"} server on http://${hostname}:${port}`);
  void brotli?.warm();
});

const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
