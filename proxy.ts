import { type NextRequest, NextResponse } from "next/server";
import { servesOverHttps } from "./lib/auth/config";
import { EMPTY_STYLE_HASH, SONNER_STYLE_HASH } from "./lib/style-hashes";

/**
 * Browser hardening on every response: a CSP with a fresh nonce per request (Next.js puts it on its
 * own scripts), no inline styles but those admitted by nonce or hash, no framing, no MIME sniffing, no referrer (invitation links carry
 * secrets), and HSTS when the app is served over HTTPS. This is not an access check: pages and actions check membership themselves.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const production = process.env.NODE_ENV === "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    // Styles come from the built stylesheet, Sonner's by hash, and Radix's scroll lock with the
    // nonce. The development server injects inline styles of its own (and a nonce would void
    // 'unsafe-inline'), so it gets 'unsafe-inline' alone.
    `style-src 'self' ${production ? `'nonce-${nonce}' '${SONNER_STYLE_HASH}' '${EMPTY_STYLE_HASH}'` : "'unsafe-inline'"}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  // HSTS means something only over HTTPS, and over plain HTTP it would strand a local install.
  if (servesOverHttps()) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
