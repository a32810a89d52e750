import { testDb } from "./fixtures";

/**
 * Test support for the accessibility sweep: one dialogue given something on every page (formats,
 * themes, a session with agenda, reviews, a person with a post, participants screened and not, a
 * gate condition, an outside event asking for a re-check), so axe checks pages with content.
 */
export async function fillEveryPage(
  dialogue: { id: string; organizationId: string },
  owner: { email: string; name: string },
) {
  const user = await testDb.user.findUniqueOrThrow({ where: { email: owner.email }, select: { id: true } });
  const scope = { organizationId: dialogue.organizationId, dialogueId: dialogue.id };
  await testDb.format.create({
    data: { ...scope, name: "Round table in Tromsø", mode: "IN_PERSON", venueCity: "Tromsø" },
  });
  const themes = await testDb.theme.createManyAndReturn({
    data: [
      { ...scope, title: "Fisheries data exchange", ourPriority: 5, theirPriority: 5 },
      { ...scope, title: "Search and rescue at sea", ourPriority: 4, theirPriority: 1, sanctionsSensitive: true },
      { ...scope, title: "Academic visits", ourPriority: 2, theirPriority: null },
    ],
  });
  const session = await testDb.session.create({
    data: {
      ...scope,
      title: "Round 1",
      startsAt: new Date("2027-05-04T07:00:00Z"),
      endsAt: new Date("2027-05-04T15:00:00Z"),
      timeZone: "Europe/Oslo",
      attributionRule: "CHATHAM_HOUSE",
      venue: "Harbour House, Tromsø",
      notes: "Interpreters booked for both days.",
    },
  });
  await testDb.agendaItem.createMany({
    data: [
      {
        organizationId: scope.organizationId,
        sessionId: session.id,
        position: 0,
        title: "Opening",
        durationMinutes: 30,
      },
      {
        organizationId: scope.organizationId,
        sessionId: session.id,
        position: 1,
        title: "Fisheries data",
        themeId: themes[0]?.id,
      },
    ],
  });
  await testDb.readinessReview.createMany({
    data: [
      {
        ...scope,
        decision: "NOT_YET",
        rationale: "Travel not settled.",
        decidedById: user.id,
        score: 20,
        snapshot: [],
        decidedAt: new Date("2027-01-10T10:00:00Z"),
      },
    ],
  });
  const review = await testDb.readinessReview.create({
    data: {
      ...scope,
      decision: "GO",
      rationale: "Visas issued.",
      decidedById: user.id,
      score: 70,
      snapshot: [
        {
          id: "frozen-item",
          question: "Can participants travel and meet?",
          status: "ANSWERED",
          confidence: "MEDIUM",
          answer: "Visas issued for Geneva.",
          evidence: "Consular note of 2 February",
          evidenceLinks: ["https://example.org/consular-note"],
          assignee: owner.name,
          dueDate: "2027-02-01",
          answeredOn: "2027-02-02",
          stale: null,
          weight: 3,
          gate: true,
        },
      ],
      decidedAt: new Date("2027-02-10T10:00:00Z"),
    },
  });
  const ministry = await testDb.institution.create({
    data: { organizationId: scope.organizationId, name: "Eastmarch Ministry of Foreign Affairs", kind: "MINISTRY" },
  });
  const interlocutor = await testDb.interlocutor.create({
    data: {
      organizationId: scope.organizationId,
      name: "Ri Ha-neul",
      originalName: "리하늘",
      category: "COUNTERPART_OFFICIAL",
      searchNames: "rihaneul",
      affiliations: {
        create: {
          institutionId: ministry.id,
          title: "Director, Europe department",
          startsOn: new Date("2024-03-01T00:00:00Z"),
          source: "State news agency",
        },
      },
    },
  });
  // Ri takes part: at a held round before, and on the list for the session, screened and one not.
  const participant = await testDb.participant.create({
    data: { ...scope, interlocutorId: interlocutor.id, side: "COUNTERPART", role: "DELEGATION_LEAD", consent: "NAMED" },
  });
  const held = await testDb.session.create({
    data: {
      ...scope,
      title: "Round 3",
      startsAt: new Date("2026-05-12T07:00:00Z"),
      endsAt: new Date("2026-05-12T15:00:00Z"),
      timeZone: "Europe/Stockholm",
      attributionRule: "CHATHAM_HOUSE",
      status: "HELD",
    },
  });
  await testDb.sessionParticipant.create({
    data: {
      organizationId: scope.organizationId,
      sessionId: held.id,
      participantId: participant.id,
      attendance: "ATTENDED",
    },
  });
  const onList = await testDb.sessionParticipant.create({
    data: {
      organizationId: scope.organizationId,
      sessionId: session.id,
      participantId: participant.id,
      visa: "NEEDED",
      visaLeadDays: 45,
      interpretation: "Korean–English",
    },
  });
  await testDb.screening.create({
    data: {
      organizationId: scope.organizationId,
      sessionParticipantId: onList.id,
      lists: ["UN Security Council 1718 Committee"],
      checkedOn: new Date("2026-11-01T00:00:00Z"),
      result: "POSSIBLE_MATCH",
      exemption: "REQUESTED",
    },
  });
  const item = await testDb.checklistItem.findFirstOrThrow({
    where: { dialogueId: dialogue.id },
    orderBy: { position: "asc" },
  });
  await testDb.checklistItem.update({
    where: { id: item.id },
    data: { status: "BLOCKED", dueDate: new Date("2026-01-01T00:00:00Z"), evidenceLinks: ["https://example.org/note"] },
  });

  // A gate condition the counterpart stated, still unmet.
  await testDb.condition.create({
    data: {
      ...scope,
      text: "Former officials of equal rank attend",
      side: "COUNTERPART",
      statedOn: new Date("2026-09-01T00:00:00Z"),
      source: "Letter from the embassy",
      status: "UNMET",
      gate: true,
    },
  });
  // An outside event asks for that item's re-check.
  const event = await testDb.contextEvent.create({
    data: {
      organizationId: scope.organizationId,
      occurredOn: new Date("2026-11-02T00:00:00Z"),
      kind: "SANCTIONS_LISTING",
      title: "Eastmarch shipping agency listed",
      source: "Official Journal",
      counterparts: ["Republic of Eastmarch"],
      links: { create: { checklistItemId: item.id } },
    },
  });
  return { themes, session, review, interlocutor, item, event };
}
