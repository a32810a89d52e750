import "server-only";
import type { FieldErrors, RefusalReason } from "./action-result";
import type { AuditEntry } from "./audit";
import type { Prisma } from "./generated/prisma/client";

/**
 * What the data layer (lib/<domain>/data.ts) writes with: the transaction type, the two ways a
 * write stops short (a refusal, a conflict), the version guard, and the common one-row audit
 * shapes. The action pipeline that runs them is lib/mutation.ts.
 */
export type Tx = Prisma.TransactionClient;

/** An expected outcome that must undo the transaction, such as "the last owner cannot leave". */
export class Refusal extends Error {
  constructor(
    readonly reason: RefusalReason | "INVALID",
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

/** Someone else changed the row since it was read; `current` is what it holds now. */
export class ConflictError extends Error {
  constructor(readonly current: unknown) {
    super("conflict");
  }
}

/** The refusal for a row that does not exist or is not visible to this member: the two look alike. */
export const notFoundRefusal = () => new Refusal("NOT_FOUND", "Not found.");

/**
 * The optimistic-concurrency guard: `update` must write only where the version still matches and
 * bump it. Zero rows written means another writer got there first.
 */
export async function versionedUpdate<Row extends { version: number }>(
  current: Row | null,
  expectedVersion: number,
  update: () => Promise<{ count: number }>,
  reload: () => Promise<Row | null>,
): Promise<Row> {
  if (!current) throw notFoundRefusal();
  if (current.version !== expectedVersion) throw new ConflictError(current);
  const { count } = await update();
  if (count === 0) throw new ConflictError(await reload());
  const after = await reload();
  if (!after) throw notFoundRefusal();
  return after;
}

export type Write<C, D, T> = (tx: Tx, context: C, data: D) => Promise<{ data: T; audit: AuditEntry }>;

type Row = { id: string };

/** The dialogue a written row belongs to: its own id for a dialogue, else its dialogueId if it has one. */
function dialogueOf(entity: string, row: Row): string | undefined {
  if (entity === "Dialogue") return row.id;
  const { dialogueId } = row as { dialogueId?: unknown };
  return typeof dialogueId === "string" ? dialogueId : undefined;
}

/** A write that creates one row: it is the action's data, and the audit event's "after". */
export function created<C, D, R extends Row>(
  action: string,
  entity: string,
  create: (tx: Tx, context: C, data: D) => Promise<R>,
): Write<C, D, R> {
  return async (tx, context, data) => {
    const row = await create(tx, context, data);
    return { data: row, audit: { action, entity, entityId: row.id, dialogueId: dialogueOf(entity, row), after: row } };
  };
}

/** The audit action's name, fixed or chosen by what was asked ("member.disabled" or "member.enabled"). */
type ActionName<D> = string | ((data: D) => string);
const nameOf = <D>(action: ActionName<D>, data: D) => (typeof action === "string" ? action : action(data));

/** A write that changes one row and reports it before and after. */
export function updated<C, D, R extends Row>(
  action: ActionName<D>,
  entity: string,
  update: (tx: Tx, context: C, data: D) => Promise<{ before: unknown; after: R }>,
): Write<C, D, R> {
  return async (tx, context, data) => {
    const { before, after } = await update(tx, context, data);
    const audit = { entity, entityId: after.id, dialogueId: dialogueOf(entity, after), before, after };
    return { data: after, audit: { action: nameOf(action, data), ...audit } };
  };
}

/** A write that removes one row: the audit event keeps what it held. */
export function removed<C, D, R extends Row>(
  action: ActionName<D>,
  entity: string,
  remove: (tx: Tx, context: C, data: D) => Promise<{ before: R }>,
): Write<C, D, null> {
  return async (tx, context, data) => {
    const { before } = await remove(tx, context, data);
    const audit = { entity, entityId: before.id, dialogueId: dialogueOf(entity, before), before };
    return { data: null, audit: { action: nameOf(action, data), ...audit } };
  };
}
