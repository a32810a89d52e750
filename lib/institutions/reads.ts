import "server-only";
import type { MemberContext } from "../auth/member";
import { db } from "../db";
import { isId } from "../form-values";

/**
 * The organization's institutions, as the pickers and forms read them. Institutions are the
 * organization's shared directory: every member sees all of them, and no other organization's.
 */

/**
 * Up to ten of the organization's institutions whose name holds `q` (any case), by name, for the
 * institution picker: a trigram index answers it among thousands.
 */
export async function listInstitutions(context: MemberContext, q: string) {
  const query = q.trim().slice(0, 160);
  if (!query) return [];
  return db.institution.findMany({
    where: { organizationId: context.organizationId, name: { contains: query, mode: "insensitive" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 10,
    select: { id: true, name: true, country: true, kind: true },
  });
}

/** Whether the organization has any institution yet (posts are held in one). */
export async function hasInstitutions(context: MemberContext): Promise<boolean> {
  const row = await db.institution.findFirst({
    where: { organizationId: context.organizationId },
    select: { id: true },
  });
  return row !== null;
}

/** One institution of the organization, for a picker that opens with it chosen; null if not theirs. */
export async function getInstitution(context: MemberContext, institutionId: string | undefined) {
  if (!institutionId || !isId(institutionId)) return null;
  return db.institution.findFirst({
    where: { id: institutionId, organizationId: context.organizationId },
    select: { id: true, name: true, country: true },
  });
}
