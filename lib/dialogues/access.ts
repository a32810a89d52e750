import "server-only";
import type { MemberContext } from "../auth/member";
import { notFoundRefusal, type Tx } from "../data-writes";
import { Prisma } from "../generated/prisma/client";

/**
 * The dialogues a member may see: all of the organization's unrestricted ones, restricted ones
 * whose team they are on, and every one for owners. Restricted dialogues are otherwise as if they
 * did not exist.
 */
export function visibleDialogues(
  context: Pick<MemberContext, "organizationId" | "memberId" | "role">,
): Prisma.DialogueWhereInput {
  const base = { organizationId: context.organizationId };
  if (context.role === "OWNER") return base;
  return { ...base, OR: [{ restricted: false }, { team: { some: { memberId: context.memberId } } }] };
}

/**
 * The same rule as a SQL condition on the dialogue aliased `d`, organization included, for the raw
 * reads. Tested against the Prisma filter in lib/dialogues/access.test.ts.
 */
export function visibleDialogueSql(context: Pick<MemberContext, "organizationId" | "memberId" | "role">): Prisma.Sql {
  const base = Prisma.sql`d."organizationId" = ${context.organizationId}`;
  if (context.role === "OWNER") return base;
  return Prisma.sql`${base} AND (NOT d.restricted OR EXISTS (
    SELECT 1 FROM "DialogueTeamMember" t WHERE t."dialogueId" = d.id AND t."memberId" = ${context.memberId}
  ))`;
}

/** The dialogue for a write, locked for the rest of the transaction; "not found" if not visible. */
export async function lockVisibleDialogue(tx: Tx, context: MemberContext, dialogueId: string) {
  const dialogue = await tx.dialogue.findFirst({
    where: { id: dialogueId, ...visibleDialogues(context) },
    select: { id: true, attributionRule: true },
  });
  if (!dialogue) throw notFoundRefusal();
  await tx.$executeRaw`SELECT 1 FROM "Dialogue" WHERE id = ${dialogue.id} FOR UPDATE`;
  return dialogue;
}
