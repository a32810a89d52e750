import "server-only";
import type { MemberContext } from "../auth/member";
import { visibleDialogues } from "../dialogues/access";
import { Prisma } from "../generated/prisma/client";

type Viewer = Pick<MemberContext, "organizationId" | "memberId" | "role">;

/**
 * The interlocutors a member may see: need-to-know reaches people too. Someone who takes part only
 * in restricted dialogues is visible to those dialogues' teams and to owners, and to nobody else;
 * someone in no dialogue, or in one the member can see, is visible to the whole organization.
 */
export function visibleInterlocutors(context: Viewer): Prisma.InterlocutorWhereInput {
  const base = { organizationId: context.organizationId };
  if (context.role === "OWNER") return base;
  return {
    ...base,
    OR: [{ participations: { none: {} } }, { participations: { some: { dialogue: visibleDialogues(context) } } }],
  };
}

/**
 * The same rule as a SQL condition on the interlocutor whose id is `id` (`i.id` unless given), for
 * the raw reads. It is one correlated aggregate, "is any of their dialogues visible?" (none at
 * all counts as yes), so that a list walking an index checks only the rows it walks: written as NOT EXISTS … OR EXISTS …,
 * PostgreSQL hashed every participation of the organization first (230 ms at 120,000). Both
 * forms are tested against each other in lib/interlocutors/access.test.ts.
 */
export function visibleInterlocutorSql(context: Viewer, id: Prisma.Sql = Prisma.sql`i.id`): Prisma.Sql {
  if (context.role === "OWNER") return Prisma.sql`TRUE`;
  return Prisma.sql`(
    SELECT bool_or(NOT d.restricted OR EXISTS (
      SELECT 1 FROM "DialogueTeamMember" t WHERE t."dialogueId" = d.id AND t."memberId" = ${context.memberId}
    ))
    FROM "Participant" p JOIN "Dialogue" d ON d.id = p."dialogueId"
    WHERE p."interlocutorId" = ${id}
  ) IS NOT FALSE`;
}
