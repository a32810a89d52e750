import { VIEWER_ZONE_COOKIE } from "../../lib/viewer-zone";

/** A signed-in browser, as far as the benchmark needs one: a cookie jar and timed page loads. */
export class Visitor {
  private cookies = new Map<string, string>();

  constructor(private readonly origin: string) {}

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  /** The Cookie header this visitor sends: for Lighthouse, which loads pages in a browser of its own. */
  get cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  /** Signs in through next-auth's credentials endpoint, as the sign-in form does. */
  async signIn(email: string, password: string): Promise<void> {
    const csrf = await fetch(`${this.origin}/api/auth/csrf`, { headers: { cookie: this.cookieHeader } });
    this.keep(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${this.origin}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: this.cookieHeader },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: this.origin, json: "true" }),
    });
    this.keep(response);
    const { url } = (await response.json().catch(() => ({}))) as { url?: string };
    const error = url ? new URL(url, this.origin).searchParams.get("error") : "no answer";
    if (error || ![...this.cookies.keys()].some((name) => name.includes("session-token")))
      throw new Error(`Signing in as ${email} failed (${error ?? "no session cookie"}).`);
    // A browser that has signed in has shown a page since, and the page has written its time zone
    // (components/ui/viewer-zone.tsx). Carry it as that browser would: Lighthouse's pages are then
    // the returning convener's, drawn in their own zone from the first byte.
    this.cookies.set(VIEWER_ZONE_COOKIE, Intl.DateTimeFormat().resolvedOptions().timeZone);
  }

  /** Loads a page to its last byte; its time in ms and its size, or an error naming the status. */
  async load(path: string): Promise<{ ms: number; bytes: number }> {
    const start = performance.now();
    const response = await fetch(`${this.origin}${path}`, {
      headers: { cookie: this.cookieHeader },
      redirect: "manual",
    });
    const body = await response.arrayBuffer();
    const ms = performance.now() - start;
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}, not 200.`);
    return { ms, bytes: body.byteLength };
  }
}
