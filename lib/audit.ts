import "server-only";
import { z } from "zod";
import type { MemberContext } from "./auth/member";
import { db } from "./db";
import { id } from "./form-values";
import type { Prisma } from "./generated/prisma/client";

export type AuditEntry = {
  /** Only for an account action that joins an organization: the event then belongs to that organization. */
  organizationId?: string;
  /** The dialogue the entity belongs to, when it belongs to one: its history is read by this. */
  dialogueId?: string;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

/** Every read of audit events names its actor this one way: the relation, name only. */
export const actorName = { actor: { select: { name: true } } } as const;

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
      dialogueId: event.dialogueId,
      actorId: event.actorId,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      before: json(event.before),
      after: json(event.after),
    },
  });
}

/**
 * Records what a member read out of Parley (an export, a briefing pack): no row changes, so the
 * event stands alone in its own transaction. Writes never use this: they are audited by mutate().
 */
export async function recordDisclosure(
  context: Pick<MemberContext, "organizationId" | "user">,
  event: Omit<AuditEntry, "organizationId" | "before">,
): Promise<void> {
  await db.$transaction((tx) =>
    recordAudit(tx, { ...event, organizationId: context.organizationId, actorId: context.user.id }),
  );
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
      actor: { select: { name: true, email: true } },
    },
  });
  const page = events.slice(0, AUDIT_PAGE_SIZE);
  return { events: page, nextCursor: events.length > AUDIT_PAGE_SIZE ? page.at(-1)?.id : undefined };
}

/**
 * The entities an organization's audit trail names, for the page's filter. A loose index scan on
 * (organizationId, entity): each step jumps to the next entity in the index, so the cost is one
 * probe per entity, not a pass over a million events.
 */
export async function listAuditEntities(context: MemberContext): Promise<string[]> {
  const rows = await db.$queryRaw<{ entity: string }[]>`
    WITH RECURSIVE entities AS (
      (SELECT entity FROM "AuditEvent" WHERE "organizationId" = ${context.organizationId} ORDER BY entity LIMIT 1)
      UNION ALL
      SELECT (SELECT e.entity FROM "AuditEvent" e
              WHERE e."organizationId" = ${context.organizationId} AND e.entity > entities.entity
              ORDER BY e.entity LIMIT 1)
      FROM entities WHERE entities.entity IS NOT NULL
    )
    SELECT entity FROM entities WHERE entity IS NOT NULL ORDER BY entity`;
  return rows.map((row) => row.entity);
}

export type HistoryEvent = {
  id: string;
  entityId: string;
  action: string;
  actorName: string;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  createdAt: Date;
};

/**
 * The latest `cap` events of each of several entities, with how many there are in all, in one
 * indexed query (organizationId, entity, entityId, createdAt), so a page of items never reads a
 * whole audit trail.
 */
export async function listEntityHistories(
  context: Pick<MemberContext, "organizationId">,
  entity: string,
  entityIds: string[],
  cap = 10,
): Promise<Map<string, { events: HistoryEvent[]; total: number }>> {
  const histories = new Map<string, { events: HistoryEvent[]; total: number }>();
  if (entityIds.length === 0) return histories;
  const rows = await db.$queryRaw<(HistoryEvent & { total: bigint })[]>`
    SELECT id, "entityId", action, before, after, "createdAt", total, COALESCE(name, '—') AS "actorName"
    FROM (
      SELECT e.id, e."entityId", e.action, e.before, e.after, e."createdAt", u.name,
        row_number() OVER (PARTITION BY e."entityId" ORDER BY e."createdAt" DESC, e.id DESC) AS n,
        count(*) OVER (PARTITION BY e."entityId") AS total
      FROM "AuditEvent" e LEFT JOIN "User" u ON u.id = e."actorId"
      WHERE e."organizationId" = ${context.organizationId} AND e.entity = ${entity} AND e."entityId" = ANY(${entityIds})
    ) latest
    WHERE n <= ${cap}
    ORDER BY "createdAt" DESC, id DESC`;
  for (const { total, ...event } of rows) {
    const history = histories.get(event.entityId) ?? { events: [], total: Number(total) };
    history.events.push(event);
    histories.set(event.entityId, history);
  }
  return histories;
}
