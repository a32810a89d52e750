/** Runs once when a server starts; the Node-only check lives in its own module for the Edge bundler. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/startup");
}
