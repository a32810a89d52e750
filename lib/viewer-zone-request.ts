import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { parseViewerZone, VIEWER_ZONE_COOKIE } from "./viewer-zone";

/** The zone this request's cookie names, if the platform knows it; read once per request. */
export const requestViewerZone = cache(
  async (): Promise<string | null> => parseViewerZone((await cookies()).get(VIEWER_ZONE_COOKIE)?.value),
);
