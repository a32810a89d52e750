import { getEnv } from "../env";

/**
 * The client's address for per-address limits, from X-Forwarded-For read right to left. Parley's
 * own server (prisma/server.ts) appends the connection's address as the last entry, as a proxy
 * does, so with no trusted proxy (the default) that is the answer and nothing the client wrote
 * counts. Each trusted proxy in front appends one entry more, so we skip that many from the right.
 * Entries further left were written by the client and are never used.
 */
export function clientAddress(
  forwardedFor: string | null | undefined,
  trustedProxies: number = getEnv().TRUSTED_PROXY_COUNT,
): string {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops[Math.max(0, hops.length - 1 - trustedProxies)] ?? "unknown";
}

/** An IPv4 peer on a dual-stack socket reads as ::ffff:a.b.c.d; the limits key it as a.b.c.d. */
export function normalizeAddress(address: string | undefined): string {
  if (!address) return "unknown";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

/** What Parley's server hands Next.js: the header as the client (or proxy) sent it, plus the connection's address. */
export function appendPeer(forwardedFor: string | string[] | undefined, peer: string | undefined): string {
  const sent = Array.isArray(forwardedFor) ? forwardedFor.join(", ") : (forwardedFor ?? "");
  return [sent.trim(), normalizeAddress(peer)].filter(Boolean).join(", ");
}
