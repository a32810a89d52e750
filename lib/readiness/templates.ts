import "server-only";
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import { notFoundRefusal, Refusal, type Tx } from "../data-writes";
import { visibleDialogues } from "../dialogues/access";
import type { saveTemplateSchema } from "./schema";
import { BUILT_IN, checklistTemplate, type TemplateItem, templateItems } from "./template";

/**
 * The questions a new dialogue starts from: the organization's template (the version chosen), or
 * the built-in one, the article's questions.
 */
export async function startingTemplate(tx: Tx, context: MemberContext, templateId: string | undefined) {
  if (!templateId)
    return { name: BUILT_IN.name, version: BUILT_IN.version, items: [...checklistTemplate] as TemplateItem[] };
  const template = await tx.checklistTemplate.findFirst({
    where: { id: templateId, organizationId: context.organizationId },
    select: { name: true, version: true, items: true },
  });
  if (!template) throw notFoundRefusal();
  return { ...template, items: templateItems(template.items) };
}

/**
 * Saves a dialogue's checklist, as it now stands, as the organization's template: the next version
 * of the template of that name, or its first. Dialogues started from an earlier version keep it.
 */
export async function saveTemplate(tx: Tx, context: MemberContext, data: z.output<typeof saveTemplateSchema>) {
  const dialogue = await tx.dialogue.findFirst({
    where: { id: data.dialogueId, ...visibleDialogues(context) },
    select: {
      id: true,
      restricted: true,
      checklistItems: {
        orderBy: { position: "asc" },
        select: {
          templateKey: true,
          question: true,
          guidance: true,
          weight: true,
          gate: true,
          reviewIntervalDays: true,
        },
      },
    },
  });
  if (!dialogue) throw notFoundRefusal();
  // A template is the whole organization's: a restricted dialogue's questions stay with its team.
  if (dialogue.restricted) {
    throw new Refusal(
      "INVALID",
      "A restricted dialogue's checklist stays with its team: save a template from another.",
      {
        dialogueId: ["Choose a dialogue that is not restricted."],
      },
    );
  }
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${context.organizationId}:${data.name}`}))`;
  const last = await tx.checklistTemplate.aggregate({
    where: { organizationId: context.organizationId, name: data.name },
    _max: { version: true },
  });
  const items: TemplateItem[] = dialogue.checklistItems.map(({ templateKey, ...item }) => ({
    key: templateKey,
    ...item,
  }));
  return tx.checklistTemplate.create({
    data: {
      organizationId: context.organizationId,
      name: data.name,
      version: (last._max.version ?? 0) + 1,
      items,
    },
    select: { id: true, name: true, version: true, items: true },
  });
}
