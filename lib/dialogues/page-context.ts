import "server-only";
import { notFound } from "next/navigation";
import { requireMember } from "../auth/guard";
import type { Permission } from "../authz";
import { getDialogue } from "./reads";

/** For workspace pages: the member and the dialogue, or "not found" when it is not visible to them. */
export async function requireDialogue(organizationSlug: string, dialogueId: string, permission?: Permission) {
  const context = await requireMember(organizationSlug, permission);
  const dialogue = await getDialogue(context, dialogueId);
  if (!dialogue) notFound();
  return { context, dialogue };
}
