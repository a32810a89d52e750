import { describe, expect, it } from "vitest";
import { testDb } from "../lib/testing/fixtures";
import { demoOrganization, seed } from "./seed";

/** The demo shows every part of readiness, written through the domain's functions, with a real audit trail. */
describe("the demo", () => {
  it("holds two reviews to compare, an overdue and a stale item, a re-check, conditions and a held session's outcome; seeding again changes nothing", async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("expected DATABASE_URL");
    await seed(url);
    const organization = await testDb.organization.findUniqueOrThrow({ where: { slug: demoOrganization.slug } });
    const where = { organizationId: organization.id };
    const dialogueId = "demo-northern-peninsula";

    const reviews = await testDb.readinessReview.findMany({ where: { dialogueId }, orderBy: { decidedAt: "asc" } });
    expect(reviews).toHaveLength(2);
    const sanctions = (snapshot: unknown) =>
      (snapshot as { question: string; evidence: string; assignee: string | null }[]).find((item) =>
        item.question.startsWith("Under sanctions"),
      );
    expect(sanctions(reviews[0]?.snapshot)?.evidence).not.toEqual(sanctions(reviews[1]?.snapshot)?.evidence);
    expect(sanctions(reviews[0]?.snapshot)?.assignee).not.toEqual(sanctions(reviews[1]?.snapshot)?.assignee);

    const items = await testDb.checklistItem.findMany({ where: { dialogueId } });
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    expect(items.some((item) => item.dueDate && item.dueDate < today && item.status !== "ANSWERED")).toBe(true);
    const future = items.find((item) => item.templateKey === "future");
    expect(future?.answeredOn?.toISOString().slice(0, 10)).toBe("2025-09-01");
    expect(await testDb.contextEventLink.count({ where: { ...where, clearedAt: null } })).toBe(1);
    expect(await testDb.condition.count({ where: { dialogueId } })).toBe(3);
    const held = await testDb.session.findUniqueOrThrow({
      where: { id: "demo-round-4" },
      include: { followUps: true, readouts: true },
    });
    expect(held.outcome).not.toBe("");
    expect(held.followUps).toHaveLength(2);
    expect(held.readouts).toHaveLength(1);
    // Each of those writes left its audit event, by one of the demo's people.
    const audit = await testDb.auditEvent.findMany({ where });
    expect(audit.filter((event) => event.action === "review.recorded")).toHaveLength(2);
    expect(audit.filter((event) => event.action === "checklist.item_updated").length).toBeGreaterThanOrEqual(5);
    expect(audit.every((event) => event.actorId !== null)).toBe(true);

    await seed(url);
    expect(await testDb.auditEvent.count({ where })).toBe(audit.length);
    expect(await testDb.readinessReview.count({ where: { dialogueId } })).toBe(2);
  });
});
