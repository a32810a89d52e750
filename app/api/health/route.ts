import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

const TIMEOUT_MS = 3_000;

/** 200 when the database answers within the timeout, 503 otherwise; never says why to the caller. */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("health check timed out")), TIMEOUT_MS)),
    ]);
    return Response.json({ status: "ok", database: "reachable" }, { headers });
  } catch (error) {
    console.error("Health check failed:", error);
    return Response.json({ status: "unavailable", database: "unreachable" }, { status: 503, headers });
  }
}
