import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsBrotli, brotliStatic } from "./static-brotli";

describe("acceptsBrotli", () => {
  it("takes br, or any coding, unless its weight is zero", () => {
    expect(acceptsBrotli("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsBrotli("br;q=0.5")).toBe(true);
    expect(acceptsBrotli("*")).toBe(true);
    expect(acceptsBrotli(["gzip", "BR"])).toBe(true);
    expect(acceptsBrotli("gzip, deflate")).toBe(false);
    expect(acceptsBrotli("br;q=0")).toBe(false);
    expect(acceptsBrotli("gzip, br; q=0.0")).toBe(false);
    expect(acceptsBrotli("brotli")).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});

/** A raw response: headers and the bytes as sent, not decoded. */
function get(port: number, pathname: string, headers: Record<string, string>, method = "GET") {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path: pathname, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("brotliStatic", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "parley-brotli-"));
  const staticDir = path.join(dir, "static");
  const script = `console.log(${JSON.stringify("a chunk of the build ".repeat(500))});`;
  let server: Server;
  let port = 0;
  let brotli: ReturnType<typeof brotliStatic>;
  const br = { "Accept-Encoding": "gzip, deflate, br" };

  beforeAll(async () => {
    mkdirSync(path.join(staticDir, "chunks"), { recursive: true });
    writeFileSync(path.join(staticDir, "chunks", "app.js"), script);
    writeFileSync(path.join(staticDir, "chunks", "app.css"), "body{color:red}");
    writeFileSync(path.join(staticDir, "chunks", "notes.txt"), "not a script");
    writeFileSync(path.join(dir, "secret.js"), "outside the static folder");
    brotli = brotliStatic(staticDir);
    // Whatever brotliStatic leaves, the stand-in for Next answers "next".
    server = createServer((request, response) => {
      if (brotli.serve(request, response)) return;
      response.writeHead(404).end("next");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it("leaves a file to Next until it is compressed, then sends it in Brotli, whole and cacheable", async () => {
    const first = await get(port, "/_next/static/chunks/app.js", br);
    expect(first.body.toString()).toBe("next");
    await brotli.warm();
    const response = await get(port, "/_next/static/chunks/app.js?dpl=1", br);
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toBe("application/javascript; charset=UTF-8");
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(response.body).toString()).toBe(script);
    const css = await get(port, "/_next/static/chunks/app.css", br);
    expect(css.headers["content-type"]).toBe("text/css; charset=UTF-8");
    expect(brotliDecompressSync(css.body).toString()).toBe("body{color:red}");
  });

  it("answers HEAD with the headers alone", async () => {
    await brotli.warm();
    const response = await get(port, "/_next/static/chunks/app.js", br, "HEAD");
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.body.length).toBe(0);
  });

  it("leaves to Next a client without Brotli, other methods, other files, and paths out of the folder", async () => {
    await brotli.warm();
    const cases: [string, Record<string, string>, string?][] = [
      ["/_next/static/chunks/app.js", { "Accept-Encoding": "gzip" }],
      ["/_next/static/chunks/app.js", { "Accept-Encoding": "br;q=0, gzip" }],
      ["/_next/static/chunks/app.js", br, "POST"],
      ["/_next/static/chunks/notes.txt", br],
      ["/_next/static/chunks/missing.js", br],
      ["/_next/static/../secret.js", br],
      ["/_next/static/%2e%2e/secret.js", br],
      ["/_next/static/chunks/%E0%A4%A.js", br],
      ["/chunks/app.js", br],
    ];
    for (const [pathname, headers, method] of cases) {
      // Twice: the first request of a file may only start its compression.
      for (const attempt of [1, 2]) {
        const response = await get(port, pathname, headers, method);
        expect(response.body.toString(), `${method ?? "GET"} ${pathname} (${attempt})`).toBe("next");
        await brotli.warm();
      }
    }
  });
});
