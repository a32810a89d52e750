/**
 * Sonner (the toasts) adds its stylesheet as one <style> element, which the Content-Security-Policy
 * admits by this hash (proxy.ts). style-hashes.test.ts recomputes it from the installed package, so
 * an upgrade that changes the stylesheet fails a test instead of leaving toasts unstyled.
 */
export const SONNER_STYLE_HASH = "sha256-StEaX+se6YS7pqjzrzMIA0KaX9zF/8zAhvQXZAe5epY=";
