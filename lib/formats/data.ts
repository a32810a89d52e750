import "server-only";
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import { ConflictError, notFoundRefusal, Refusal, type Tx, versionedUpdate } from "../data-writes";
import { db } from "../db";
import { lockVisibleDialogue, visibleDialogues } from "../dialogues/access";
import type { formatFieldsSchema } from "./schema";

type FormatFields = z.output<typeof formatFieldsSchema>;

const formatSelect = {
  id: true,
  dialogueId: true,
  name: true,
  mode: true,
  venueCity: true,
  venueCountry: true,
  participantCap: true,
  level: true,
  languages: true,
  interpretation: true,
  duration: true,
  feasibilityNotes: true,
  counterpartCanJoinOnline: true,
  rationale: true,
  status: true,
  statusReason: true,
  version: true,
} as const;

function columns(data: FormatFields) {
  return { ...data, participantCap: data.participantCap ?? null };
}

/** A format option of a dialogue the member can see; the first one becomes current. */
export async function addFormat(tx: Tx, context: MemberContext, data: FormatFields & { dialogueId: string }) {
  const { dialogueId, ...fields } = data;
  await lockVisibleDialogue(tx, context, dialogueId);
  const hasCurrent = (await tx.format.count({ where: { dialogueId, status: "CURRENT" } })) > 0;
  return tx.format.create({
    data: {
      ...columns(fields),
      dialogueId,
      organizationId: context.organizationId,
      status: hasCurrent ? "PROPOSED" : "CURRENT",
    },
    select: formatSelect,
  });
}

function loader(tx: Tx, context: MemberContext, formatId: string) {
  return () =>
    tx.format.findFirst({ where: { id: formatId, dialogue: visibleDialogues(context) }, select: formatSelect });
}

export async function updateFormat(
  tx: Tx,
  context: MemberContext,
  data: FormatFields & { formatId: string; version: number },
) {
  const { formatId, version, ...fields } = data;
  const load = loader(tx, context, formatId);
  const before = await load();
  const after = await versionedUpdate(
    before,
    version,
    () =>
      tx.format.updateMany({
        where: { id: formatId, organizationId: context.organizationId, version },
        data: { ...columns(fields), version: { increment: 1 } },
      }),
    load,
  );
  return { before, after };
}

/**
 * Makes one option current. The one it replaces stays, as proposed, with the reason and date, so
 * the history of the decision is kept. The dialogue row is locked so two changes cannot leave two
 * current options.
 */
export async function makeFormatCurrent(
  tx: Tx,
  context: MemberContext,
  data: { formatId: string; version: number; statusReason: string },
) {
  const load = loader(tx, context, data.formatId);
  const target = await load();
  if (!target) throw notFoundRefusal();
  await lockVisibleDialogue(tx, context, target.dialogueId);
  // The decision was made on the option as the form showed it; a changed option is a conflict.
  if (target.version !== data.version) throw new ConflictError(target);
  const previous = await tx.format.findFirst({
    where: { dialogueId: target.dialogueId, status: "CURRENT" },
    select: formatSelect,
  });
  if (previous?.id === target.id) return { before: previous, after: previous, replaced: null };
  const day = new Date().toISOString().slice(0, 10);
  if (previous) {
    await tx.format.update({
      where: { id: previous.id },
      data: {
        status: "PROPOSED",
        statusReason: `Replaced as current on ${day}: ${data.statusReason}`,
        version: { increment: 1 },
      },
    });
  }
  await tx.format.update({
    where: { id: target.id },
    data: {
      status: "CURRENT",
      statusReason: `Made current on ${day}: ${data.statusReason}`,
      version: { increment: 1 },
    },
  });
  return { before: target, after: await load(), replaced: previous?.id ?? null };
}

export async function rejectFormat(
  tx: Tx,
  context: MemberContext,
  data: { formatId: string; version: number; statusReason: string },
) {
  const load = loader(tx, context, data.formatId);
  const before = await load();
  if (before?.status === "CURRENT") {
    throw new Refusal("CURRENT_FORMAT", "Make another option current before rejecting this one.");
  }
  const after = await versionedUpdate(
    before,
    data.version,
    () =>
      tx.format.updateMany({
        where: { id: data.formatId, organizationId: context.organizationId, version: data.version },
        data: { status: "REJECTED", statusReason: data.statusReason, version: { increment: 1 } },
      }),
    load,
  );
  return { before, after };
}

export async function listFormats(context: MemberContext, dialogueId: string) {
  return db.format.findMany({
    where: { dialogueId, dialogue: visibleDialogues(context) },
    orderBy: [{ status: "asc" }, { createdAt: "asc" }],
    select: formatSelect,
  });
}
