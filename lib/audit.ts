import "server-only";
import { z } from "zod";
import type { MemberContext } from "./auth/member";
import { db } from "./db";
import { id } from "./form-values";
import type { Prisma } from "./generated/prisma/client";

export type AuditEntry = {
  /** Only for an account action that joins an organization: the event then belongs to that organization. */
  organizationId?: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

type Tx = Prisma.TransactionClient;

function json(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null
    ? undefined
    : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/** Appends one event inside the caller's transaction: the event and the write stand or fall together. */
export async function recordAudit(
  tx: Tx,
  event: Omit<AuditEntry, "organizationId"> & { organizationId: string | null; actorId: string | null },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      organizationId: event.organizationId,
      actorId: event.actorId,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      before: json(event.before),
      after: json(event.after),
    },
  });
}

export type AuditFilter = { actorId?: string; entity?: string; from?: Date; to?: Date; cursor?: string };

const day = z.iso.date().optional().catch(undefined);

/** The audit page's search parameters: anything malformed (a NUL, a bad date) is ignored, never sent to the database. */
export const auditSearchSchema = z.object({
  actor: id.optional().catch(undefined),
  entity: z
    .string()
    .regex(/^[A-Za-z]{1,40}$/)
    .optional()
    .catch(undefined),
  from: day,
  to: day,
  cursor: id.optional().catch(undefined),
});

/** The filter a parsed search means: whole days in UTC, the "to" day included. */
export function auditFilter(search: z.infer<typeof auditSearchSchema>): AuditFilter {
  const date = (value: string | undefined, offsetDays = 0) => {
    if (!value) return undefined;
    const result = new Date(`${value}T00:00:00Z`);
    result.setUTCDate(result.getUTCDate() + offsetDays);
    return result;
  };
  return {
    actorId: search.actor,
    entity: search.entity,
    from: date(search.from),
    to: date(search.to, 1),
    cursor: search.cursor,
  };
}

export const AUDIT_PAGE_SIZE = 50;

/** One page of an organization's audit trail, newest first, with the actors' names. */
export async function listAuditEvents(context: MemberContext, filter: AuditFilter) {
  const { organizationId } = context;
  const events = await db.auditEvent.findMany({
    where: {
      organizationId,
      actorId: filter.actorId,
      entity: filter.entity,
      createdAt: { gte: filter.from, lt: filter.to },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      actorId: true,
      action: true,
      entity: true,
      entityId: true,
      before: true,
      after: true,
      createdAt: true,
    },
  });
  const actorIds = [...new Set(events.map((event) => event.actorId).filter((id): id is string => id !== null))];
  const actors = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const page = events.slice(0, AUDIT_PAGE_SIZE);
  return {
    events: page.map((event) => ({ ...event, actor: event.actorId ? (byId.get(event.actorId) ?? null) : null })),
    nextCursor: events.length > AUDIT_PAGE_SIZE ? page.at(-1)?.id : undefined,
  };
}

export async function listAuditEntities(context: MemberContext): Promise<string[]> {
  const { organizationId } = context;
  const rows = await db.auditEvent.findMany({
    where: { organizationId },
    distinct: ["entity"],
    select: { entity: true },
  });
  return rows.map((row) => row.entity).sort();
}
