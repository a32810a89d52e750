/** next-auth's session cookie: __Secure- prefixed and Secure whenever the app is served over HTTPS. */
export function servesOverHttps(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(): string {
  return servesOverHttps() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
