import "server-only";
import type { z } from "zod";
import type { MemberContext } from "../auth/member";
import { type Tx, versionedUpdate } from "../data-writes";
import { db } from "../db";
import { lockVisibleDialogue, visibleDialogues } from "../dialogues/access";
import type { themeFieldsSchema } from "./schema";

type ThemeFields = z.output<typeof themeFieldsSchema>;

const themeSelect = {
  id: true,
  dialogueId: true,
  title: true,
  description: true,
  ourPriority: true,
  theirPriority: true,
  theirPrioritySource: true,
  status: true,
  sanctionsSensitive: true,
  version: true,
} as const;

const columns = (data: ThemeFields) => ({ ...data, theirPriority: data.theirPriority ?? null });

export async function addTheme(tx: Tx, context: MemberContext, data: ThemeFields & { dialogueId: string }) {
  const { dialogueId, ...fields } = data;
  await lockVisibleDialogue(tx, context, dialogueId);
  return tx.theme.create({
    data: { ...columns(fields), dialogueId, organizationId: context.organizationId },
    select: themeSelect,
  });
}

export async function updateTheme(
  tx: Tx,
  context: MemberContext,
  data: ThemeFields & { themeId: string; version: number },
) {
  const { themeId, version, ...fields } = data;
  const load = () =>
    tx.theme.findFirst({ where: { id: themeId, dialogue: visibleDialogues(context) }, select: themeSelect });
  const before = await load();
  const after = await versionedUpdate(
    before,
    version,
    () =>
      tx.theme.updateMany({
        where: { id: themeId, organizationId: context.organizationId, version },
        data: { ...columns(fields), version: { increment: 1 } },
      }),
    load,
  );
  return { before, after };
}

export async function listThemes(context: MemberContext, dialogueId: string) {
  return db.theme.findMany({
    where: { dialogueId, dialogue: visibleDialogues(context) },
    orderBy: [{ ourPriority: "desc" }, { title: "asc" }],
    select: themeSelect,
  });
}
