import "server-only";
import type { MemberContext } from "../auth/member";
import { endSignIns } from "../auth/sign-ins";
import { ConflictError, Refusal, type Tx, versionedUpdate } from "../data-writes";
import { db } from "../db";
import type { MemberStatus, Role } from "../generated/prisma/enums";

const memberSelect = {
  id: true,
  role: true,
  status: true,
  version: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true, twoFactorEnabledAt: true } },
} as const;

export async function listMembers(context: MemberContext) {
  return db.member.findMany({
    where: { organizationId: context.organizationId },
    orderBy: [{ status: "asc" }, { user: { name: "asc" } }],
    select: memberSelect,
  });
}

/** An assignee (of a checklist item, a follow-up) must be an active member of the same organization. */
export async function checkAssignee(tx: Tx, context: MemberContext, assigneeId: string | null | undefined) {
  if (
    assigneeId &&
    !(await tx.member.count({ where: { id: assigneeId, organizationId: context.organizationId, status: "ACTIVE" } }))
  ) {
    throw new Refusal("INVALID", "Choose an assignee from this organization's members.", {
      assigneeId: ["Choose an active member."],
    });
  }
}

export const LAST_OWNER = "An organization needs at least one active owner: make someone else an owner first.";

/**
 * Refuses to leave the organization without an active owner. The owner rows are locked, so two
 * owners demoting each other at once cannot both succeed.
 */
async function keepAnOwner(tx: Tx, organizationId: string, memberId: string): Promise<void> {
  const owners = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Member"
    WHERE "organizationId" = ${organizationId} AND role = 'OWNER' AND status = 'ACTIVE'
    FOR UPDATE`;
  if (owners.length === 1 && owners[0]?.id === memberId) throw new Refusal("LAST_OWNER", LAST_OWNER);
}

function loader(tx: Tx, organizationId: string, memberId: string) {
  return () => tx.member.findFirst({ where: { id: memberId, organizationId }, select: memberSelect });
}

async function updateMember(
  tx: Tx,
  { organizationId }: MemberContext,
  memberId: string,
  version: number,
  changes: { role?: Role; status?: MemberStatus },
) {
  const load = loader(tx, organizationId, memberId);
  const before = await load();
  const losesOwnership =
    before?.role === "OWNER" && before.status === "ACTIVE" && (changes.role ?? "OWNER") !== "OWNER";
  const disablesOwner = before?.role === "OWNER" && changes.status === "DISABLED";
  if (losesOwnership || disablesOwner) await keepAnOwner(tx, organizationId, memberId);
  const after = await versionedUpdate(
    before,
    version,
    () =>
      tx.member.updateMany({
        where: { id: memberId, organizationId, version },
        data: { ...changes, version: { increment: 1 } },
      }),
    load,
  );
  return { before, after };
}

export function changeRole(tx: Tx, context: MemberContext, data: { memberId: string; version: number; role: Role }) {
  return updateMember(tx, context, data.memberId, data.version, { role: data.role });
}

export async function setMemberStatus(
  tx: Tx,
  context: MemberContext,
  data: { memberId: string; version: number; status: MemberStatus },
) {
  const result = await updateMember(tx, context, data.memberId, data.version, { status: data.status });
  if (data.status === "DISABLED") await endSignIns(tx, result.after.user.id);
  return result;
}

export async function removeMember(
  tx: Tx,
  { organizationId }: MemberContext,
  data: { memberId: string; version: number },
) {
  const load = loader(tx, organizationId, data.memberId);
  const before = await load();
  if (!before) throw new Refusal("NOT_FOUND", "Not found.");
  if (before.role === "OWNER" && before.status === "ACTIVE") await keepAnOwner(tx, organizationId, data.memberId);
  const { count } = await tx.member.deleteMany({ where: { id: data.memberId, organizationId, version: data.version } });
  if (count === 0) throw new ConflictError(await load());
  await endSignIns(tx, before.user.id);
  return { before };
}
