import { getEnv } from "../env";

/** Cookies are __Secure- prefixed and Secure whenever the app is served over HTTPS. */
export function servesOverHttps(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(): string {
  return servesOverHttps() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** Marks a browser that has signed in to an account before (lib/auth/sign-in.ts). */
export function deviceCookieName(): string {
  return servesOverHttps() ? "__Secure-parley.device" : "parley.device";
}

/** Browsers keep a cookie at most 400 days. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

/** A sign-in ends after this long without a request… */
export function sessionIdleMs(): number {
  return getEnv().SESSION_IDLE_HOURS * 60 * 60_000;
}

/** …and after this long in any case. */
export function sessionLifetimeMs(): number {
  return getEnv().SESSION_LIFETIME_DAYS * 24 * 60 * 60_000;
}
