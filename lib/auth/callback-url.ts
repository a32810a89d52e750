/** A stand-in origin: resolving against it shows whether a value would leave the site, whatever the host. */
const HERE = "http://parley.invalid";

/**
 * The path to open after signing in. The value is resolved the way a browser resolves it
 * (backslashes, tabs and newlines included) and kept only if it stays on this origin; anything
 * else, such as "/\evil.example" or "/\t/evil.example", becomes "/".
 */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== "string" || value === "") return "/";
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return "/";
  }
  if (url.origin !== HERE) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
