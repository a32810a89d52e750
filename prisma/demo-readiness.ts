import type { MemberContext } from "../lib/auth/member";
import type { Write } from "../lib/data-writes";
import type { PrismaClient } from "../lib/generated/prisma/client";

/**
 * The demo dialogue's readiness story, written through the domain's own functions and schemas, one
 * audited transaction each, as the demo's people: so its history, reviews, re-checks and outcomes
 * are what the app itself would have recorded. Invented throughout. Skipped once it has run.
 *
 * The domain modules are server-only: this runs under the react-server condition (npm run db:seed,
 * npm start), or in Vitest, which maps server-only away.
 */
export async function seedDemoReadiness(db: PrismaClient, organizationId: string): Promise<void> {
  const dialogueId = "demo-northern-peninsula";
  if (await db.readinessReview.count({ where: { dialogueId } })) return;
  // The domain's reads and writes use this client, not one of their own.
  (globalThis as { prisma?: unknown }).prisma ??= db;
  const [
    { recordAudit },
    writes,
    readiness,
    readinessSchema,
    contextEvents,
    contextSchema,
    conditions,
    conditionsSchema,
    outcomes,
    outcomesSchema,
  ] = await Promise.all([
    import("../lib/audit"),
    import("../lib/data-writes"),
    import("../lib/readiness/data"),
    import("../lib/readiness/schema"),
    import("../lib/context/data"),
    import("../lib/context/schema"),
    import("../lib/conditions/data"),
    import("../lib/conditions/schema"),
    import("../lib/outcomes/data"),
    import("../lib/outcomes/schema"),
  ]);
  const organization = await db.organization.findUniqueOrThrow({ where: { id: organizationId } });
  const members = await db.member.findMany({
    where: { organizationId },
    select: { id: true, role: true, user: { select: { id: true, name: true, email: true } } },
  });
  const member = (role: "OWNER" | "CONVENER" | "CONTRIBUTOR") => {
    const found = members.find((row) => row.role === role);
    if (!found) throw new Error(`The demo has no ${role.toLowerCase()}.`);
    return found;
  };
  const as = (role: "OWNER" | "CONVENER" | "CONTRIBUTOR"): MemberContext => {
    const row = member(role);
    return {
      user: { ...row.user, twoFactorEnabled: false, signInId: "demo-seed" },
      memberId: row.id,
      role: row.role,
      organizationId,
      organizationSlug: organization.slug,
      organizationName: organization.name,
      twoFactorSatisfied: true,
    };
  };
  /** One write the way an action makes it: parsed by its schema, then written and audited in one transaction. */
  async function act<D, T extends { id: string }>(
    role: "OWNER" | "CONVENER" | "CONTRIBUTOR",
    schema: { parse: (input: unknown) => D },
    input: unknown,
    write: Write<MemberContext, D, T>,
  ): Promise<T> {
    const context = as(role);
    return db.$transaction(async (tx) => {
      const result = await write(tx, context, schema.parse(input));
      await recordAudit(tx, { ...result.audit, organizationId, actorId: context.user.id });
      return result.data;
    });
  }
  const items = new Map(
    (
      await db.checklistItem.findMany({ where: { dialogueId }, select: { id: true, templateKey: true, version: true } })
    ).map((item) => [item.templateKey ?? "", item]),
  );
  const item = (key: string) => {
    const found = items.get(key);
    if (!found) throw new Error(`The demo checklist has no ${key} item.`);
    return found;
  };
  const current = await db.checklistItem.findMany({ where: { dialogueId } });
  const fieldsOf = (key: string) => {
    const row = current.find((entry) => entry.templateKey === key);
    if (!row) throw new Error(`The demo checklist has no ${key} item.`);
    return {
      itemId: row.id,
      status: row.status,
      answer: row.answer,
      evidence: row.evidence,
      evidenceLinks: row.evidenceLinks,
      confidence: row.confidence ?? "",
      assigneeId: row.assigneeId ?? "",
      dueDate: "",
      weight: row.weight,
    };
  };
  const versions = new Map<string, number>();
  const update = async (role: "OWNER" | "CONVENER" | "CONTRIBUTOR", key: string, changes: Record<string, unknown>) => {
    const version = versions.get(key) ?? item(key).version;
    const saved = await act(
      role,
      readinessSchema.updateChecklistItemSchema,
      { ...fieldsOf(key), ...changes, version },
      writes.updated("checklist.item_updated", "ChecklistItem", readiness.updateChecklistItem),
    );
    versions.set(key, saved.version);
    return saved;
  };
  const convener = member("CONVENER").id;
  const contributor = member("CONTRIBUTOR").id;

  // Who answers what, and by when; one answer is a year old, one item overdue.
  await update("CONVENER", "future", { answeredOn: "2025-09-01", assigneeId: convener, reviewIntervalDays: "365" });
  await update("CONVENER", "interlocutors", { assigneeId: contributor, dueDate: "2026-11-01" });
  await update("CONVENER", "sanctions", {
    assigneeId: convener,
    evidence: "Screened against the UN 1718 Committee and EU lists in October.",
    evidenceLinks: "https://example.org/demo/screening-note",
  });
  const review = (decision: string, rationale: string) =>
    act(
      "OWNER",
      readinessSchema.recordReviewSchema,
      { dialogueId, decision, rationale },
      writes.created("review.recorded", "ReadinessReview", readiness.recordReview),
    );
  await review("NOT_YET", "Borders are closed to delegations; the sanctions position is settled.");

  await update("CONVENER", "sanctions", {
    evidence: "Screened again after the November listing: no participant listed; the venue contract is cleared.",
    evidenceLinks: "https://example.org/demo/screening-note\nhttps://example.org/demo/venue-clearance",
    assigneeId: contributor,
  });
  await update("CONTRIBUTOR", "access", { assigneeId: contributor, dueDate: "2027-02-01" });
  await review("NOT_YET", "Access is still blocked; everything else is moving. Look again in February.");

  // An outside event that asks for the sanctions answer to be looked at again.
  const event = await act(
    "CONVENER",
    contextSchema.recordContextEventSchema,
    {
      kind: "SANCTIONS_LISTING",
      occurredOn: "2026-11-10",
      title: "Eastmarch shipping agency listed (fictional)",
      source: "UN Security Council press release (fictional)",
      counterparts: ["Republic of Eastmarch (fictional)"],
    },
    writes.created("context.event_recorded", "ContextEvent", contextEvents.recordContextEvent),
  );
  await act(
    "CONVENER",
    contextSchema.linkContextEventSchema,
    { eventId: event.id, itemIds: [item("sanctions").id] },
    writes.updated("context.event_linked", "ContextEvent", contextEvents.linkContextEvent),
  );

  // What the counterpart has made a condition of meeting.
  const [format, upcoming] = await Promise.all([
    db.format.findFirstOrThrow({ where: { dialogueId, status: "CURRENT" } }),
    db.session.findFirstOrThrow({ where: { dialogueId, status: "PLANNED" } }),
  ]);
  for (const condition of [
    { text: "Former officials of equal rank attend", status: "STATED", gate: "on", sessionIds: [upcoming.id] },
    { text: "No media at or near the venue", status: "MET", formatIds: [format.id] },
    { text: "A venue in a neutral country", status: "MET", formatIds: [format.id] },
  ]) {
    await act(
      "CONVENER",
      conditionsSchema.addConditionSchema,
      {
        dialogueId,
        side: "COUNTERPART",
        statedOn: "2026-10-02",
        source: "Letter from the embassy (fictional)",
        ...condition,
      },
      writes.created("condition.added", "Condition", conditions.addCondition),
    );
  }

  // What came out of the last round held (the interlocutors' demo holds it, with its participants).
  const held = await db.session.findUniqueOrThrow({
    where: { id: "demo-round-4" },
    select: { id: true, version: true },
  });
  await act(
    "CONVENER",
    outcomesSchema.recordOutcomeSchema,
    {
      sessionId: held.id,
      version: held.version,
      outcome:
        "Both sides agreed that a maritime-incident hotline is worth a technical round, and that fisheries data could be exchanged before it. Humanitarian access was raised; one side asked for specifics in writing.",
    },
    writes.updated("session.outcome_recorded", "Session", outcomes.recordOutcome),
  );
  for (const followUp of [
    { what: "Send the hotline proposal in writing", side: "OURS", assigneeId: convener, dueDate: "2026-12-15" },
    { what: "Share the fisheries data set", side: "COUNTERPART", dueDate: "2026-03-01" },
  ]) {
    await act(
      "CONVENER",
      outcomesSchema.addFollowUpSchema,
      { sessionId: held.id, ...followUp },
      writes.created("session.follow_up_added", "FollowUp", outcomes.addFollowUp),
    );
  }
  await act(
    "OWNER",
    outcomesSchema.addReadoutSchema,
    {
      sessionId: held.id,
      unit: "Ministry for Foreign Affairs, Asia department (fictional)",
      briefedOn: "2025-11-25",
      briefedBy: member("OWNER").user.name,
      mode: "MEETING",
      reaction: "Interested in the hotline; asked to be told before the next round.",
    },
    writes.created("session.readout_added", "Readout", outcomes.addReadout),
  );
}
