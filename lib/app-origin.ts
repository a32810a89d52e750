import "server-only";
import { headers } from "next/headers";
import { getEnv } from "./env";

/**
 * The app's public origin, for links stored in records: NEXTAUTH_URL where it is set (npm start
 * sets it), else the origin the request came to.
 */
export async function appOrigin(): Promise<string> {
  const configured = getEnv().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const request = await headers();
  const host = request.get("x-forwarded-host") ?? request.get("host") ?? "localhost:3000";
  const protocol = request.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${protocol}://${host.split(",")[0]?.trim()}`;
}
