/**
 * Sonner (the toasts) adds its stylesheet as one <style> element, which the Content-Security-Policy
 * admits by this hash (proxy.ts). style-hashes.test.ts recomputes it from the installed package, so
 * an upgrade that changes the stylesheet fails a test instead of leaving toasts unstyled.
 */
export const SONNER_STYLE_HASH = "sha256-StEaX+se6YS7pqjzrzMIA0KaX9zF/8zAhvQXZAe5epY=";

/**
 * Sonner appends its <style> element empty and fills it a moment later; the browser checks it at
 * both moments. An empty stylesheet styles nothing, so admitting it by hash costs nothing.
 */
export const EMPTY_STYLE_HASH = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
