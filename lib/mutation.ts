import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import type { ActionResult, FieldErrors } from "./action-result";
import { type AuditEntry, recordAudit } from "./audit";
import { getMemberContext, type MemberContext } from "./auth/member";
import { type CurrentUser, getCurrentUser } from "./auth/session";
import { can, type Permission } from "./authz";
import { ConflictError, Refusal, type Tx, type Write } from "./data-writes";
import { db } from "./db";
import { reportError } from "./errors";

/**
 * The action pipeline: every server action runs through one of the three roads below (parse,
 * authorise, then write and audit in one transaction) and answers an ActionResult.
 */
function parse<S extends z.ZodType>(schema: S, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true as const, data: parsed.data as z.output<S> };
  const fieldErrors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    // Keyed by the form field: an error inside a list ("evidenceLinks.0") belongs beside the list.
    const key = String(issue.path[0] ?? "form");
    fieldErrors[key] = [...(fieldErrors[key] ?? []), issue.message];
  }
  return { ok: false as const, fieldErrors };
}

const invalid = (fieldErrors: FieldErrors) =>
  ({ ok: false, reason: "INVALID", message: "Check the highlighted fields.", fieldErrors }) as const;

async function commit<T, P = undefined>(
  run: (tx: Tx, prepared: P) => ReturnType<Write<unknown, P, T>>,
  scope: { organizationId: string | null; actorId: string | null },
  revalidate: string[],
  label: string,
  prepare?: () => Promise<P>,
  timeout?: number,
): Promise<ActionResult<T>> {
  try {
    const prepared = (await prepare?.()) as P;
    const data = await db.$transaction(
      async (tx) => {
        const result = await run(tx, prepared);
        await recordAudit(tx, { ...scope, ...result.audit });
        return result.data;
      },
      timeout ? { timeout, maxWait: 10_000 } : undefined,
    );
    for (const path of revalidate) revalidatePath(path, "layout");
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ConflictError) {
      return {
        ok: false,
        reason: "CONFLICT",
        message:
          "Someone else changed this while you were editing. Review their version, then apply your change again.",
        current: error.current,
      };
    }
    if (error instanceof Refusal) {
      return error.reason === "INVALID"
        ? { ok: false, reason: "INVALID", message: error.message, fieldErrors: error.fieldErrors ?? {} }
        : { ok: false, reason: error.reason, message: error.message, fieldErrors: error.fieldErrors };
    }
    const ref = reportError(error, label);
    return {
      ok: false,
      reason: "UNEXPECTED",
      message: `Something went wrong on our side (reference ${ref}). Nothing was saved.`,
      ref,
    };
  }
}

/** The member behind an organization action, from the database, or the refusal that stops it. */
async function authorise(organizationSlug: string, permission: Permission) {
  const context = await getMemberContext(String(organizationSlug));
  if (!context) return { ok: false, reason: "NOT_FOUND", message: "Not found." } as const;
  if (!context.twoFactorSatisfied) {
    return {
      ok: false,
      reason: "TWO_FACTOR_REQUIRED",
      message: "This organization requires two-factor sign-in. Set it up first.",
    } as const;
  }
  if (!can(context.role, permission)) {
    return { ok: false, reason: "FORBIDDEN", message: "Your role does not allow this." } as const;
  }
  return { ok: true, context } as const;
}

/**
 * The one road for every write to an organization's data: parse with the schema, resolve the
 * member and check the permission from the database, then write and audit in one transaction.
 * `timeout` lengthens the transaction's limit (5 s) for a bulk write such as an import.
 */
export async function mutate<S extends z.ZodType, T>(options: {
  name: string;
  schema: S;
  input: unknown;
  organizationSlug: string;
  permission: Permission;
  write: Write<MemberContext, z.output<S>, T>;
  revalidate?: (context: MemberContext, data: z.output<S>) => string[];
  timeout?: number;
}): Promise<ActionResult<T>> {
  const parsed = parse(options.schema, options.input);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const member = await authorise(options.organizationSlug, options.permission);
  if (!member.ok) return member;
  const { context } = member;
  return commit(
    (tx) => options.write(tx, context, parsed.data),
    { organizationId: context.organizationId, actorId: context.user.id },
    options.revalidate?.(context, parsed.data) ?? [],
    options.name,
    undefined,
    options.timeout,
  );
}

/**
 * The same road for an action that only reads and answers (checking a file before it is
 * imported): parse, then the member and the permission, as for a write. Nothing is written, so
 * there is no transaction and no audit event.
 */
export async function inspect<S extends z.ZodType, T>(options: {
  name: string;
  schema: S;
  input: unknown;
  organizationSlug: string;
  permission: Permission;
  read: (context: MemberContext, data: z.output<S>) => Promise<T>;
}): Promise<ActionResult<T>> {
  const parsed = parse(options.schema, options.input);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const member = await authorise(options.organizationSlug, options.permission);
  if (!member.ok) return member;
  try {
    return { ok: true, data: await options.read(member.context, parsed.data) };
  } catch (error) {
    const ref = reportError(error, options.name);
    return { ok: false, reason: "UNEXPECTED", message: `Something went wrong on our side (reference ${ref}).`, ref };
  }
}

/**
 * The same road for a person's own account, which belongs to no organization. `prepare` runs
 * before the transaction opens, for slow work such as hashing a password that must hold no lock
 * (it may refuse, like the write); its result is the data the write receives.
 */
export async function mutateAccount<S extends z.ZodType, T, D = z.output<S>>(options: {
  name: string;
  schema: S;
  input: unknown;
  prepare?: (data: z.output<S>, user: CurrentUser) => Promise<D>;
  write: Write<CurrentUser, D, T>;
  revalidate?: string[];
}): Promise<ActionResult<T>> {
  const parsed = parse(options.schema, options.input);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const user = await getCurrentUser();
  if (!user) return { ok: false, reason: "UNAUTHENTICATED", message: "Sign in first." };
  const { prepare } = options;
  return commit(
    (tx, data: D) => options.write(tx, user, data),
    { organizationId: null, actorId: user.id },
    options.revalidate ?? [],
    options.name,
    async () => (prepare ? prepare(parsed.data, user) : (parsed.data as D)),
  );
}

/**
 * For writes made before anyone is signed in (sign-up, accepting an invite): parse, prepare
 * outside any transaction (as above), then one audited transaction.
 */
export async function mutatePublic<S extends z.ZodType, T, D = z.output<S>>(options: {
  name: string;
  schema: S;
  input: unknown;
  prepare?: (data: z.output<S>) => Promise<D>;
  write: (tx: Tx, data: D) => Promise<{ data: T; audit: AuditEntry & { organizationId: string; actorId: string } }>;
}): Promise<ActionResult<T>> {
  const parsed = parse(options.schema, options.input);
  if (!parsed.ok) return invalid(parsed.fieldErrors);
  const { prepare } = options;
  // The audit entry names the organization and actor the write created: they override the empty scope.
  return commit(
    (tx, data: D) => options.write(tx, data),
    { organizationId: null, actorId: null },
    [],
    options.name,
    async () => (prepare ? prepare(parsed.data) : (parsed.data as D)),
  );
}
