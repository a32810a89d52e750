import { describe, expect, it } from "vitest";
import { appendPeer, clientAddress, normalizeAddress } from "./client-address";

describe("the client address for per-address limits", () => {
  it("with no trusted proxy, is the connection's own address whatever header the client sends", () => {
    for (const sent of [undefined, "1.2.3.4", "1.2.3.4, 5.6.7.8", "unknown", " , ,"]) {
      expect(clientAddress(appendPeer(sent, "203.0.113.9"), 0)).toBe("203.0.113.9");
    }
  });

  it("behind one proxy that appends, is the address that proxy saw, not what the client wrote", () => {
    // nginx's $proxy_add_x_forwarded_for: the client's own header, then the address nginx saw.
    const fromNginx = "6.6.6.6, 7.7.7.7, 198.51.100.20";
    expect(clientAddress(appendPeer(fromNginx, "127.0.0.1"), 1)).toBe("198.51.100.20");
    expect(clientAddress(appendPeer("198.51.100.20", "127.0.0.1"), 1)).toBe("198.51.100.20");
  });

  it("behind a load balancer and nginx, skips both", () => {
    expect(clientAddress(appendPeer("6.6.6.6, 198.51.100.30, 10.0.0.5", "127.0.0.1"), 2)).toBe("198.51.100.30");
  });

  it("never reads further left than the chain reaches, and says unknown for nothing", () => {
    expect(clientAddress("198.51.100.40", 3)).toBe("198.51.100.40");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });

  it("keys IPv4 peers on a dual-stack socket as plain IPv4", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("::1")).toBe("::1");
    expect(appendPeer(["1.1.1.1", "2.2.2.2"], "::ffff:10.1.2.3")).toBe("1.1.1.1, 2.2.2.2, 10.1.2.3");
  });
});
