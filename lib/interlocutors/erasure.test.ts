import { describe, expect, it } from "vitest";
import { actAs, signedInWorkspace, testDb } from "../testing/fixtures";
import { eraseInterlocutorAction, logChangeAction, updateInterlocutorAction } from "./actions";
import { ERASED_NAME } from "./erasure";

describe("erasing a person's data", () => {
  it("removes their personal fields everywhere, the audit trail included, and keeps an anonymous placeholder", async () => {
    const { slug, organization, workspace, members } = await signedInWorkspace();
    const organizationId = organization.id;
    const person = await testDb.interlocutor.findUniqueOrThrow({ where: { id: workspace.interlocutorId } });
    // Personal data written the way the app writes it, so the audit trail holds it too.
    expect(
      await updateInterlocutorAction(slug, {
        interlocutorId: person.id,
        version: person.version,
        name: "Tarn Velloc-Amsel",
        originalName: "타른벨록",
        alternateSpellings: "T. Velloc",
        category: "COUNTERPART_OFFICIAL",
        notes: "Prefers morning sessions; daughter studies abroad.",
      }),
    ).toMatchObject({ ok: true });
    const post = {
      interlocutorId: person.id,
      kind: "APPOINTED",
      occurredOn: "2026-02-01",
      source: "State news agency",
      confidence: "HIGH",
      institutionId: workspace.institutionId,
      title: "Vice-minister",
    };
    expect(await logChangeAction(slug, post)).toMatchObject({ ok: true });
    // Someone else's change names them as successor: that event carries their name.
    await testDb.affiliation.create({
      data: {
        organizationId,
        interlocutorId: workspace.newcomerId,
        institutionId: workspace.institutionId,
        title: "Adviser",
        startsOn: new Date("2020-01-01T00:00:00Z"),
      },
    });
    const successor = {
      interlocutorId: workspace.newcomerId,
      kind: "RETIRED",
      occurredOn: "2026-03-01",
      source: "Embassy",
      confidence: "MEDIUM",
      successorId: person.id,
    };
    expect(await logChangeAction(slug, successor)).toMatchObject({ ok: true });
    await testDb.sessionParticipant.update({
      where: { id: workspace.sessionParticipantId },
      data: { visa: "GRANTED", interpretation: "Korean–English" },
    });
    await testDb.screening.create({
      data: {
        organizationId,
        sessionParticipantId: workspace.sessionParticipantId,
        lists: ["UN 1718"],
        checkedOn: new Date("2026-10-01T00:00:00Z"),
        result: "POSSIBLE_MATCH",
      },
    });
    // Another person, whose name begins like theirs: untouched.
    await testDb.auditEvent.create({
      data: {
        organizationId,
        action: "interlocutor.added",
        entity: "Interlocutor",
        entityId: "someone-else",
        after: { name: "Tarn Velloc-Amselberg", note: "Met Tarn Velloc-Amsel's successor" },
      },
    });
    const participations = await testDb.participant.count({ where: { interlocutorId: person.id } });
    const attendance = await testDb.sessionParticipant.count({ where: { participant: { interlocutorId: person.id } } });
    const trail = await testDb.auditEvent.count({ where: { organizationId } });

    // Conveners may not; owners may, with a reason and a deliberate yes.
    const erase = { interlocutorId: person.id, reason: "Erasure request of 2 November 2026", confirm: "on" };
    expect(await eraseInterlocutorAction(slug, erase)).toMatchObject({ ok: false, reason: "FORBIDDEN" });
    await actAs(members.OWNER.user);
    expect(await eraseInterlocutorAction(slug, { ...erase, confirm: "" })).toMatchObject({
      ok: false,
      reason: "INVALID",
      fieldErrors: { confirm: [expect.any(String)] },
    });
    expect(await eraseInterlocutorAction(slug, erase)).toMatchObject({ ok: true });

    const after = await testDb.interlocutor.findUniqueOrThrow({ where: { id: person.id } });
    expect(after).toMatchObject({
      name: ERASED_NAME,
      originalName: "",
      alternateSpellings: [],
      searchNames: "",
      notes: "",
      erasedById: members.OWNER.user.id,
      erasureReason: erase.reason,
    });
    expect(after.erasedAt).toBeInstanceOf(Date);
    expect(await testDb.affiliation.count({ where: { interlocutorId: person.id } })).toBe(0);
    expect(await testDb.interlocutorChange.count({ where: { interlocutorId: person.id } })).toBe(0);
    expect(await testDb.interlocutorChange.count({ where: { successorId: person.id } })).toBe(0);
    expect(await testDb.screening.count({ where: { sessionParticipantId: workspace.sessionParticipantId } })).toBe(0);
    // Counts stay true: the placeholder still takes part, unnamed, in every session it did.
    expect(await testDb.participant.count({ where: { interlocutorId: person.id, consent: "NOT_LISTED" } })).toBe(
      participations,
    );
    expect(
      await testDb.sessionParticipant.findMany({ where: { participant: { interlocutorId: person.id } } }),
    ).toHaveLength(attendance);
    expect(
      await testDb.sessionParticipant.findUniqueOrThrow({ where: { id: workspace.sessionParticipantId } }),
    ).toMatchObject({
      visa: "NOT_NEEDED",
      interpretation: "",
    });

    // No earlier event holds any of their spellings or notes any more; none was deleted; one was added.
    const events = await testDb.auditEvent.findMany({ where: { organizationId } });
    expect(events).toHaveLength(trail + 1);
    const text = JSON.stringify(
      events.filter((event) => event.entityId !== "someone-else").map((event) => [event.before, event.after]),
    );
    for (const personal of ["Tarn Velloc-Amsel", "타른벨록", "T. Velloc", "daughter studies abroad", person.name])
      expect(text).not.toContain(personal);
    expect(text).toContain("[erased]");
    const other = events.find((event) => event.entityId === "someone-else");
    expect(other?.after).toEqual({ name: "Tarn Velloc-Amselberg", note: "Met [erased]'s successor" });
    const tombstone = events.find((event) => event.action === "interlocutor.erased");
    expect(tombstone).toMatchObject({ entityId: person.id, actorId: members.OWNER.user.id, before: null });
    expect(tombstone?.after).toMatchObject({ reason: erase.reason, removed: { posts: 1, screenings: 1 } });

    expect(await eraseInterlocutorAction(slug, erase)).toMatchObject({ ok: false, reason: "INVALID" });
    // Nothing more is written to the placeholder, even from a form left open.
    expect(
      await updateInterlocutorAction(slug, {
        interlocutorId: person.id,
        version: after.version,
        name: "Tarn Velloc",
        category: "COUNTERPART_OFFICIAL",
      }),
    ).toMatchObject({ ok: false, reason: "NOT_FOUND" });
    expect(await logChangeAction(slug, { ...post, occurredOn: "2026-04-01" })).toMatchObject({
      ok: false,
      reason: "NOT_FOUND",
    });
  });

  it("lets the audit trail's before and after be rewritten only by an erasure, and nothing else about an event", async () => {
    const { organization } = await signedInWorkspace();
    const event = await testDb.auditEvent.create({
      data: {
        organizationId: organization.id,
        action: "interlocutor.added",
        entity: "Interlocutor",
        entityId: "someone",
        after: { name: "Someone" },
      },
    });
    const rewrite = (flag: string, set: string) =>
      testDb.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SELECT set_config('parley.erasure', '${flag}', true)`);
        await tx.$executeRawUnsafe(`UPDATE "AuditEvent" SET ${set} WHERE id = $1`, event.id);
      });
    await expect(rewrite("off", `after = '{"erased": true}'::jsonb`)).rejects.toThrow(/append-only/);
    await expect(rewrite("on", `action = 'something.else'`)).rejects.toThrow(/append-only/);
    await expect(
      testDb.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SELECT set_config('parley.erasure', 'on', true)`);
        await tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = $1`, event.id);
      }),
    ).rejects.toThrow(/append-only/);
    await rewrite("on", `after = '{"erased": true}'::jsonb`);
    expect(await testDb.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      action: event.action,
      after: { erased: true },
    });
  });
});
