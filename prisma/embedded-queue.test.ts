import { mkdtempSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { expect, it } from "vitest";
import { groupExtendedQueries } from "./embedded";

/**
 * A bare PostgreSQL wire-protocol client, so the test decides exactly when each message leaves:
 * connection A sends its Parse, connection B then runs a whole query, and only then does A send
 * its Bind, Execute and Sync. On one backend, B's unnamed statement replaces A's unless A's
 * messages are held together, which is what groupExtendedQueries() does.
 */
class WireClient {
  private buffer = Buffer.alloc(0);
  private waiters: (() => void)[] = [];
  private constructor(private socket: Socket) {
    socket.on("data", (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  static async open(socketPath: string): Promise<WireClient> {
    const socket = connect(socketPath);
    await new Promise((resolve, reject) => socket.once("connect", resolve).once("error", reject));
    const client = new WireClient(socket);
    const params = Buffer.from("user\0postgres\0database\0postgres\0\0");
    const startup = Buffer.alloc(8);
    startup.writeInt32BE(8 + params.length, 0);
    startup.writeInt32BE(196608, 4);
    socket.write(Buffer.concat([startup, params]));
    await client.untilReady();
    return client;
  }

  private static message(type: string, body: Buffer): Buffer {
    const header = Buffer.alloc(5);
    header.write(type, 0);
    header.writeInt32BE(body.length + 4, 1);
    return Buffer.concat([header, body]);
  }

  parse(sql: string): Buffer {
    return WireClient.message("P", Buffer.concat([Buffer.from(`\0${sql}\0`), Buffer.from([0, 0])]));
  }

  bindExecuteSync(value: string): Buffer {
    const text = Buffer.from(value);
    const length = Buffer.alloc(4);
    length.writeInt32BE(text.length);
    const bind = Buffer.concat([Buffer.from("\0\0"), Buffer.from([0, 0, 0, 1]), length, text, Buffer.from([0, 0])]);
    return Buffer.concat([
      WireClient.message("B", bind),
      WireClient.message("E", Buffer.from([0, 0, 0, 0, 0])),
      WireClient.message("S", Buffer.alloc(0)),
    ]);
  }

  send(bytes: Buffer) {
    this.socket.write(bytes);
  }

  /** Reads messages until ReadyForQuery; returns the first column of each row, or the error text. */
  async untilReady(): Promise<string[]> {
    const values: string[] = [];
    for (;;) {
      while (this.buffer.length >= 5 && this.buffer.length >= 1 + this.buffer.readInt32BE(1)) {
        const type = String.fromCharCode(this.buffer[0] ?? 0);
        const end = 1 + this.buffer.readInt32BE(1);
        const body = this.buffer.subarray(5, end);
        this.buffer = this.buffer.subarray(end);
        if (type === "D") values.push(body.subarray(6, 6 + body.readInt32BE(2)).toString());
        if (type === "E") values.push(`error: ${body.toString().replace(/\0/g, " ").trim()}`);
        if (type === "Z") return values;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  close() {
    this.socket.end(WireClient.message("X", Buffer.alloc(0)));
  }
}

async function interleave(grouped: boolean): Promise<{ a: string[]; b: string[] }> {
  const socketPath = path.join(mkdtempSync(path.join(tmpdir(), "parley-queue-")), ".s.PGSQL.5432");
  const db = await PGlite.create({ dataDir: "memory://" });
  const server = new PGLiteSocketServer({ db, path: socketPath, maxConnections: 4 });
  if (grouped) groupExtendedQueries(server);
  await server.start();
  const [a, b] = await Promise.all([WireClient.open(socketPath), WireClient.open(socketPath)]);
  try {
    a.send(a.parse("SELECT 'a:' || $1::text AS v"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    b.send(Buffer.concat([b.parse("SELECT 'b:' || $1::text AS v"), b.bindExecuteSync("2")]));
    const fromB = await b.untilReady();
    a.send(a.bindExecuteSync("1"));
    return { a: await a.untilReady(), b: fromB };
  } finally {
    a.close();
    b.close();
    await server.stop();
    await db.close();
  }
}

it("keeps each connection's Parse, Bind and Execute together on the one backend", async () => {
  expect(await interleave(true)).toEqual({ a: ["a:1"], b: ["b:2"] });
});

it("is needed: without it, pglite-socket answers A with B's statement", async () => {
  // If this starts to fail, pglite-socket has fixed the interleaving and the patch can go.
  expect((await interleave(false)).a).not.toEqual(["a:1"]);
});
