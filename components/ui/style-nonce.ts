import { setNonce } from "get-nonce";

/**
 * Radix's scroll lock adds a <style> element, which the Content-Security-Policy (style-src with a
 * per-request nonce, see proxy.ts) admits only with this page's nonce. Next.js put the same nonce on
 * its own scripts; a script's `nonce` property still reads it after the browser hides the attribute.
 */
export function adoptPageNonce() {
  const script = document.querySelector<HTMLScriptElement>("script[nonce]");
  if (script?.nonce) setNonce(script.nonce);
}
