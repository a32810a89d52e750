import "server-only";
import type { MemberContext } from "../auth/member";
import { visibleDialogues } from "../dialogues/access";
import { Prisma } from "../generated/prisma/client";
import type { Db } from "../prisma-client";

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

/** SQL: the participation row aliased `alias` is in a dialogue the member may see. */
function inVisibleDialogue(context: Viewer, alias: string): Prisma.Sql {
  const p = Prisma.raw(alias);
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Dialogue" d
    WHERE d.id = ${p}."dialogueId"
      AND (NOT d.restricted OR EXISTS (
        SELECT 1 FROM "DialogueTeamMember" t WHERE t."dialogueId" = d.id AND t."memberId" = ${context.memberId}
      ))
  )`;
}

/**
 * The same rule as a SQL condition on the interlocutor aliased `i`, for the raw trigram searches.
 * Both sides are tested against each other in lib/interlocutors/access.test.ts.
 */
export function visibleInterlocutorSql(context: Viewer): Prisma.Sql {
  if (context.role === "OWNER") return Prisma.sql`TRUE`;
  return Prisma.sql`(
    NOT EXISTS (SELECT 1 FROM "Participant" p WHERE p."interlocutorId" = i.id)
    OR EXISTS (SELECT 1 FROM "Participant" p WHERE p."interlocutorId" = i.id AND ${inVisibleDialogue(context, "p")})
  )`;
}

/**
 * How many of the organization's interlocutors the rule hides from this member, counted from the
 * participations (thousands) rather than the people (up to hundreds of thousands): the list's
 * total is then the organization's count less this.
 */
export async function hiddenInterlocutorCount(client: Pick<Db, "$queryRaw">, context: Viewer): Promise<number> {
  if (context.role === "OWNER") return 0;
  const [row] = await client.$queryRaw<{ hidden: bigint }[]>`
    SELECT count(DISTINCT p."interlocutorId") AS hidden FROM "Participant" p
    WHERE p."organizationId" = ${context.organizationId}
      AND NOT EXISTS (
        SELECT 1 FROM "Participant" q WHERE q."interlocutorId" = p."interlocutorId" AND ${inVisibleDialogue(context, "q")}
      )`;
  return Number(row?.hidden ?? 0);
}
