import "server-only";
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import { ConflictError, notFoundRefusal, Refusal, type Tx, versionedUpdate } from "../data-writes";
import { toDate } from "../form-values";
import type { Prisma } from "../generated/prisma/client";
import { checklistRows } from "../readiness/template";
import { startingTemplate } from "../readiness/templates";
import { lockVisibleDialogue, visibleDialogues } from "./access";
import type { dialogueFieldsSchema } from "./schema";

/** The dialogue writes; its reads are in reads.ts and the readiness board in dashboard.ts. */
type DialogueFields = z.output<typeof dialogueFieldsSchema>;

export const dialogueSelect = {
  id: true,
  title: true,
  counterpart: true,
  track: true,
  status: true,
  conveningPartners: true,
  hostCountry: true,
  hostCity: true,
  targetWindowStart: true,
  targetWindowEnd: true,
  attributionRule: true,
  summary: true,
  restricted: true,
  templateName: true,
  templateVersion: true,
  updatedAt: true,
  version: true,
} as const satisfies Prisma.DialogueSelect;

function columns(data: DialogueFields) {
  return { ...data, targetWindowStart: toDate(data.targetWindowStart), targetWindowEnd: toDate(data.targetWindowEnd) };
}

/** The team of a restricted dialogue, checked: members of this organization, with the one who restricts it. */
async function checkedTeam(tx: Tx, context: MemberContext, data: { restricted: boolean; memberIds: string[] }) {
  const valid = await tx.member.count({
    where: { id: { in: data.memberIds }, organizationId: context.organizationId },
  });
  if (valid !== new Set(data.memberIds).size)
    throw new Refusal("INVALID", "Choose team members from this organization.", {
      memberIds: ["Choose team members from this organization."],
    });
  return data.restricted && context.role !== "OWNER"
    ? [...new Set([...data.memberIds, context.memberId])]
    : [...new Set(data.memberIds)];
}

/**
 * A new dialogue, with the readiness checklist every dialogue starts from; restricted to its team
 * from the start when asked (whoever creates it is on the team).
 */
export async function createDialogue(
  tx: Tx,
  context: MemberContext,
  data: DialogueFields & { restricted: boolean; memberIds: string[]; templateId?: string },
) {
  const { restricted, memberIds, templateId, ...fields } = data;
  const team = await checkedTeam(tx, context, { restricted, memberIds });
  const template = await startingTemplate(tx, context, templateId);
  const dialogue = await tx.dialogue.create({
    data: {
      ...columns(fields),
      restricted,
      templateName: template.name,
      templateVersion: template.version,
      organizationId: context.organizationId,
      team: { create: team.map((memberId) => ({ memberId })) },
    },
    select: dialogueSelect,
  });
  await tx.checklistItem.createMany({
    data: checklistRows(template.items, { organizationId: context.organizationId, dialogueId: dialogue.id }),
  });
  return dialogue;
}

function loader(tx: Tx, context: MemberContext, dialogueId: string) {
  return () =>
    tx.dialogue.findFirst({ where: { id: dialogueId, ...visibleDialogues(context) }, select: dialogueSelect });
}

export async function updateDialogue(
  tx: Tx,
  context: MemberContext,
  data: DialogueFields & { dialogueId: string; version: number },
) {
  const { dialogueId, version, ...fields } = data;
  const load = loader(tx, context, dialogueId);
  const before = await load();
  const after = await versionedUpdate(
    before,
    version,
    () =>
      tx.dialogue.updateMany({
        where: { id: dialogueId, organizationId: context.organizationId, version },
        data: { ...columns(fields), version: { increment: 1 } },
      }),
    load,
  );
  return { before, after };
}

/** Restricts a dialogue to a team (or lifts the restriction). The team must be the organization's members. */
export async function setDialogueTeam(
  tx: Tx,
  context: MemberContext,
  data: { dialogueId: string; version: number; restricted: boolean; memberIds: string[] },
) {
  const load = loader(tx, context, data.dialogueId);
  const before = await load();
  const memberIds = await checkedTeam(tx, context, data);
  if (!before) throw notFoundRefusal();
  // The team first: the reload below must still see the dialogue once it is restricted. A version
  // conflict rolls the whole transaction back, team included.
  await tx.dialogueTeamMember.deleteMany({ where: { dialogueId: before.id } });
  await tx.dialogueTeamMember.createMany({ data: memberIds.map((memberId) => ({ dialogueId: before.id, memberId })) });
  const after = await versionedUpdate(
    before,
    data.version,
    () =>
      tx.dialogue.updateMany({
        where: { id: data.dialogueId, organizationId: context.organizationId, version: data.version },
        data: { restricted: data.restricted, version: { increment: 1 } },
      }),
    load,
  );
  return { before, after: { ...after, team: memberIds } };
}

export async function deleteDialogue(
  tx: Tx,
  context: MemberContext,
  data: { dialogueId: string; version: number; confirmTitle: string },
) {
  const before = await loader(tx, context, data.dialogueId)();
  if (!before) throw notFoundRefusal();
  if (data.confirmTitle.trim() !== before.title) {
    throw new Refusal("INVALID", "Type the dialogue's title exactly to delete it.", {
      confirmTitle: ["Type the title exactly as shown."],
    });
  }
  await lockVisibleDialogue(tx, context, data.dialogueId);
  const { count } = await tx.dialogue.deleteMany({
    where: { id: data.dialogueId, organizationId: context.organizationId, version: data.version },
  });
  if (count === 0) throw new ConflictError(await loader(tx, context, data.dialogueId)());
  return { before };
}

/** Links a dialogue to one of its counterpart institutions (the typed counterpart stays its name). */
export async function linkCounterpart(
  tx: Tx,
  context: MemberContext,
  data: { dialogueId: string; institutionId: string },
) {
  const dialogue = await lockVisibleDialogue(tx, context, data.dialogueId);
  const institution = await tx.institution.findFirst({
    where: { id: data.institutionId, organizationId: context.organizationId },
    select: { id: true, name: true },
  });
  if (!institution)
    throw new Refusal("INVALID", "Choose an institution.", { institutionId: ["Choose an institution."] });
  if (await tx.dialogueCounterpart.count({ where: { dialogueId: dialogue.id, institutionId: institution.id } })) {
    const message = `${institution.name} is already a counterpart of this dialogue.`;
    throw new Refusal("INVALID", message, { institutionId: [message] });
  }
  await tx.dialogueCounterpart.create({
    data: { organizationId: context.organizationId, dialogueId: dialogue.id, institutionId: institution.id },
  });
  return { id: institution.id, name: institution.name, dialogueId: dialogue.id };
}

export async function unlinkCounterpart(
  tx: Tx,
  context: MemberContext,
  data: { dialogueId: string; institutionId: string },
) {
  const dialogue = await lockVisibleDialogue(tx, context, data.dialogueId);
  const link = await tx.dialogueCounterpart.findFirst({
    where: { dialogueId: dialogue.id, institutionId: data.institutionId },
    select: { institution: { select: { id: true, name: true } } },
  });
  if (!link) throw notFoundRefusal();
  await tx.dialogueCounterpart.delete({
    where: { dialogueId_institutionId: { dialogueId: dialogue.id, institutionId: link.institution.id } },
  });
  return { before: { ...link.institution, dialogueId: dialogue.id } };
}
