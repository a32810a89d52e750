import { describe, expect, it } from "vitest";
import { getMemberContext } from "../auth/member";
import { actAs, createWorkspace, signedInWorkspace, testDb } from "../testing/fixtures";
import { mergeInterlocutorsAction, updateInterlocutorAction } from "./actions";
import { getInterlocutorRedirect } from "./reads";

describe("merging two records of one person", () => {
  it("moves every spelling, post, change, participation, logistics and screening, and leaves a redirect", async () => {
    const { slug, organization, workspace } = await signedInWorkspace();
    const organizationId = organization.id;
    const kept = await testDb.interlocutor.findUniqueOrThrow({ where: { id: workspace.interlocutorId } });
    // The duplicate: another spelling of the same official, with a post, a change, and a second
    // participation in the same dialogue, in the same session, screened there.
    const duplicate = await testDb.interlocutor.create({
      data: {
        organizationId,
        name: "Tarn Veloc",
        alternateSpellings: ["T. Veloc"],
        category: "COUNTERPART_OFFICIAL",
        languages: ["Korean"],
        searchNames: "tarnveloc",
      },
    });
    const post = await testDb.affiliation.create({
      data: {
        organizationId,
        interlocutorId: duplicate.id,
        institutionId: workspace.institutionId,
        title: "Counsellor",
        startsOn: new Date("2018-01-01T00:00:00Z"),
        endsOn: new Date("2019-12-31T00:00:00Z"),
      },
    });
    const change = await testDb.interlocutorChange.create({
      data: {
        organizationId,
        interlocutorId: duplicate.id,
        kind: "RECONTACTED",
        occurredOn: new Date("2020-01-01T00:00:00Z"),
        source: "Embassy",
        confidence: "MEDIUM",
      },
    });
    const succession = await testDb.interlocutorChange.create({
      data: {
        organizationId,
        interlocutorId: workspace.newcomerId,
        kind: "REPLACED",
        occurredOn: new Date("2021-01-01T00:00:00Z"),
        source: "Embassy",
        confidence: "HIGH",
        successorId: duplicate.id,
      },
    });
    const theirParticipation = await testDb.participant.create({
      data: {
        organizationId,
        dialogueId: workspace.dialogue.id,
        interlocutorId: duplicate.id,
        side: "COUNTERPART",
        role: "MEMBER",
        consent: "NOT_LISTED",
      },
    });
    await testDb.participant.update({ where: { id: workspace.participantId }, data: { consent: "NAMED" } });
    const theirAttendance = await testDb.sessionParticipant.create({
      data: { organizationId, sessionId: workspace.sessionId, participantId: theirParticipation.id },
    });
    // A round only the duplicate's record attended.
    const earlier = await testDb.session.create({
      data: {
        organizationId,
        dialogueId: workspace.dialogue.id,
        title: "Round 2",
        startsAt: new Date("2025-03-02T08:30:00Z"),
        endsAt: new Date("2025-03-02T16:00:00Z"),
        timeZone: "Europe/Oslo",
        attributionRule: "CHATHAM_HOUSE",
      },
    });
    const earlierAttendance = await testDb.sessionParticipant.create({
      data: { organizationId, sessionId: earlier.id, participantId: theirParticipation.id, visa: "GRANTED" },
    });
    const screening = await testDb.screening.create({
      data: {
        organizationId,
        sessionParticipantId: theirAttendance.id,
        lists: ["UN 1718"],
        checkedOn: new Date("2026-10-01T00:00:00Z"),
        result: "CLEAR",
      },
    });
    // An audit event about the duplicate, written the way the app writes one.
    expect(
      await updateInterlocutorAction(slug, {
        interlocutorId: duplicate.id,
        version: 0,
        name: "Tarn Veloc",
        category: "COUNTERPART_OFFICIAL",
        alternateSpellings: "T. Veloc",
        languages: "Korean",
        lawfulBasis: "Legitimate interest",
      }),
    ).toMatchObject({ ok: true });
    const duplicateEvents = await testDb.auditEvent.count({ where: { entityId: duplicate.id } });

    const merged = await mergeInterlocutorsAction(slug, {
      interlocutorId: kept.id,
      duplicateId: duplicate.id,
      version: kept.version,
    });
    expect(merged).toMatchObject({ ok: true, data: { id: kept.id, version: kept.version + 1 } });

    const after = await testDb.interlocutor.findUniqueOrThrow({ where: { id: kept.id } });
    expect(after.alternateSpellings).toEqual(expect.arrayContaining(["Tarn Veloc", "T. Veloc"]));
    expect(after.searchNames).toContain("tarnveloc");
    expect(after.languages).toEqual(["Korean"]);
    expect(after.lawfulBasis).toBe("Legitimate interest");
    expect(await testDb.interlocutor.findUnique({ where: { id: duplicate.id } })).toBeNull();
    expect(await testDb.affiliation.findUniqueOrThrow({ where: { id: post.id } })).toMatchObject({
      interlocutorId: kept.id,
    });
    expect(await testDb.interlocutorChange.findUniqueOrThrow({ where: { id: change.id } })).toMatchObject({
      interlocutorId: kept.id,
    });
    expect(await testDb.interlocutorChange.findUniqueOrThrow({ where: { id: succession.id } })).toMatchObject({
      successorId: kept.id,
    });
    // One participation in the dialogue, with the stricter consent; the held session moved to it,
    // and the screening from the session both attended joined the kept attendance.
    const participations = await testDb.participant.findMany({
      where: { dialogueId: workspace.dialogue.id, interlocutorId: kept.id },
    });
    expect(participations).toEqual([expect.objectContaining({ id: workspace.participantId, consent: "NOT_LISTED" })]);
    expect(await testDb.sessionParticipant.findUniqueOrThrow({ where: { id: earlierAttendance.id } })).toMatchObject({
      participantId: workspace.participantId,
      visa: "GRANTED",
    });
    expect(
      await testDb.sessionParticipant.count({
        where: { sessionId: workspace.sessionId, participant: { interlocutorId: kept.id } },
      }),
    ).toBe(1);
    expect(await testDb.screening.findUniqueOrThrow({ where: { id: screening.id } })).toMatchObject({
      sessionParticipantId: workspace.sessionParticipantId,
    });
    expect(await testDb.participant.findUnique({ where: { id: theirParticipation.id } })).toBeNull();
    // The trail stays: the duplicate's events are all there, and the merge is one more.
    expect(await testDb.auditEvent.count({ where: { entityId: duplicate.id } })).toBe(duplicateEvents);
    const event = await testDb.auditEvent.findFirstOrThrow({
      where: { organizationId, action: "interlocutor.merged", entityId: kept.id },
    });
    expect(event.before).toMatchObject({ mergedAway: { id: duplicate.id, name: "Tarn Veloc" } });
    const context = await getMemberContext(slug);
    if (!context) throw new Error("expected a membership");
    expect(await getInterlocutorRedirect(context, duplicate.id)).toBe(kept.id);

    // Merging the kept person into someone else later carries the old redirect along.
    const again = await mergeInterlocutorsAction(slug, {
      interlocutorId: workspace.newcomerId,
      duplicateId: kept.id,
      version: 0,
    });
    expect(again).toMatchObject({ ok: true });
    expect(await getInterlocutorRedirect(context, duplicate.id)).toBe(workspace.newcomerId);
    expect(await getInterlocutorRedirect(context, kept.id)).toBe(workspace.newcomerId);
  });

  it("refuses a stale version and a merge into oneself, and changes nothing", async () => {
    const { slug, workspace } = await signedInWorkspace();
    const before = await testDb.interlocutor.count({ where: { id: workspace.newcomerId } });
    expect(
      await mergeInterlocutorsAction(slug, {
        interlocutorId: workspace.newcomerId,
        duplicateId: workspace.interlocutorId,
        version: 7,
      }),
    ).toMatchObject({ ok: false, reason: "CONFLICT" });
    expect(
      await mergeInterlocutorsAction(slug, {
        interlocutorId: workspace.newcomerId,
        duplicateId: workspace.newcomerId,
        version: 0,
      }),
    ).toMatchObject({ ok: false, reason: "INVALID", fieldErrors: { duplicateId: [expect.any(String)] } });
    expect(await testDb.interlocutor.count({ where: { id: workspace.newcomerId } })).toBe(before);
    expect(await testDb.interlocutor.count({ where: { id: workspace.interlocutorId } })).toBe(1);
  });

  it("is for owners only when either record takes part in a dialogue the member is not on", async () => {
    const { slug, organization, workspace, members } = await signedInWorkspace();
    const restricted = await createWorkspace(organization.id, { restricted: true });
    // The workspace's person also takes part in the restricted dialogue: the convener sees them, not it.
    await testDb.participant.create({
      data: {
        organizationId: organization.id,
        dialogueId: restricted.dialogue.id,
        interlocutorId: workspace.interlocutorId,
        side: "COUNTERPART",
        role: "MEMBER",
      },
    });
    const merge = { interlocutorId: workspace.newcomerId, duplicateId: workspace.interlocutorId, version: 0 };
    expect(await mergeInterlocutorsAction(slug, merge)).toMatchObject({ ok: false, reason: "FORBIDDEN" });
    expect(await testDb.interlocutor.count({ where: { id: workspace.interlocutorId } })).toBe(1);
    await actAs(members.OWNER.user);
    expect(await mergeInterlocutorsAction(slug, merge)).toMatchObject({ ok: true });
  });
});
