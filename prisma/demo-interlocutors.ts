import type { PrismaClient } from "../lib/generated/prisma/client";
import { searchNamesOf } from "../lib/interlocutors/romanize";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A fictional counterpart delegation with a history: a director replaced by a successor, a
 * retired deputy, and a researcher promoted in post, with their part in the demo dialogue's
 * sessions. Every name and institution is invented.
 * Skipped when the demo institution already exists.
 */
export async function seedDemoInterlocutors(db: PrismaClient, organizationId: string): Promise<void> {
  const ministryId = "demo-eastmarch-mfa";
  if (await db.institution.count({ where: { id: ministryId } })) return;
  await db.institution.createMany({
    data: [
      {
        id: ministryId,
        organizationId,
        name: "Ministry of Foreign Affairs of Eastmarch (fictional)",
        country: "Eastmarch",
        kind: "MINISTRY",
      },
      {
        id: "demo-eastmarch-institute",
        organizationId,
        name: "Eastmarch Institute for Peace Studies (fictional)",
        country: "Eastmarch",
        kind: "THINK_TANK",
      },
    ],
  });
  const person = (id: string, name: string, originalName: string) => ({
    id,
    organizationId,
    name,
    originalName,
    category: "COUNTERPART_OFFICIAL" as const,
    nationality: "Eastmarch",
    languages: ["Korean", "English"],
    searchNames: searchNamesOf({ name, originalName, alternateSpellings: [] }),
  });
  await db.interlocutor.createMany({
    data: [
      person("demo-ri-haneul", "Ri Ha-neul", "리하늘"),
      person("demo-jeong-seojin", "Jeong Seo-jin", "정서진"),
      person("demo-pak-toyun", "Pak To-yun", "박도윤"),
      { ...person("demo-choe-sora", "Choe So-ra", "최소라"), category: "OUTSIDE_EXPERT" as const },
      {
        ...person("demo-maren-solberg", "Maren Solberg", ""),
        category: "FACILITATOR" as const,
        nationality: "Norway",
        languages: ["Norwegian", "English"],
      },
    ],
  });
  const source = "Eastmarch state news agency (fictional)";
  const post = (
    id: string,
    interlocutorId: string,
    title: string,
    startsOn: string,
    endsOn: string | null,
    institutionId = ministryId,
    seniority: number | null = null,
  ) => ({
    id,
    organizationId,
    interlocutorId,
    institutionId,
    title,
    startsOn: day(startsOn),
    endsOn: endsOn ? day(endsOn) : null,
    source,
    confidence: "HIGH" as const,
    seniority,
  });
  await db.affiliation.createMany({
    data: [
      post("demo-post-ri", "demo-ri-haneul", "Director, Europe department", "2019-05-01", "2026-02-28", ministryId, 3),
      post("demo-post-jeong", "demo-jeong-seojin", "Director, Europe department", "2026-03-01", null, ministryId, 3),
      post(
        "demo-post-pak",
        "demo-pak-toyun",
        "Deputy director, Europe department",
        "2017-09-01",
        "2025-12-31",
        ministryId,
        2,
      ),
      post(
        "demo-post-choe",
        "demo-choe-sora",
        "Senior researcher",
        "2021-01-01",
        "2026-03-31",
        "demo-eastmarch-institute",
      ),
      post("demo-post-choe-2", "demo-choe-sora", "Deputy director", "2026-04-01", null, "demo-eastmarch-institute", 2),
    ],
  });
  await db.interlocutorChange.createMany({
    data: [
      {
        organizationId,
        interlocutorId: "demo-ri-haneul",
        kind: "REPLACED",
        occurredOn: day("2026-03-01"),
        source,
        confidence: "MEDIUM",
        successorId: "demo-jeong-seojin",
        closedAffiliationId: "demo-post-ri",
        openedAffiliationId: "demo-post-jeong",
      },
      {
        organizationId,
        interlocutorId: "demo-pak-toyun",
        kind: "RETIRED",
        occurredOn: day("2026-01-01"),
        source: "Conversation at the 2025 round (fictional)",
        confidence: "LOW",
        closedAffiliationId: "demo-post-pak",
      },
      {
        organizationId,
        interlocutorId: "demo-choe-sora",
        kind: "PROMOTED",
        occurredOn: day("2026-04-01"),
        source: "Institute website (fictional)",
        confidence: "HIGH",
        closedAffiliationId: "demo-post-choe",
        openedAffiliationId: "demo-post-choe-2",
      },
    ],
  });
  await seedDemoParticipation(db, organizationId, ministryId);
}

/**
 * The demo dialogue's people: two held rounds and the planned one, so continuity shows a replaced
 * lead, a retired deputy, a returning expert with a new post, and the screening gate one check short.
 */
async function seedDemoParticipation(db: PrismaClient, organizationId: string, ministryId: string) {
  const dialogueId = "demo-northern-peninsula";
  const planned = await db.session.findFirst({ where: { dialogueId, status: "PLANNED" }, select: { id: true } });
  if (!planned) return;
  await db.dialogueCounterpart.create({ data: { organizationId, dialogueId, institutionId: ministryId } });
  const base = { organizationId, dialogueId };
  const participant = (
    interlocutorId: string,
    side: "COUNTERPART" | "OURS",
    role: "DELEGATION_LEAD" | "MEMBER" | "EXPERT" | "FACILITATOR",
    status: "CONFIRMED" | "WITHDRAWN" | "INVITED",
    consent: "NAMED" | "AFFILIATION_ONLY" | "NOT_LISTED",
  ) => ({
    ...base,
    id: `${interlocutorId}-in-dialogue`,
    interlocutorId,
    side,
    role,
    status,
    consent,
    capacity: side === "COUNTERPART" && role !== "EXPERT" ? ("OFFICIAL" as const) : ("PERSONAL" as const),
  });
  await db.participant.createMany({
    data: [
      participant("demo-ri-haneul", "COUNTERPART", "DELEGATION_LEAD", "WITHDRAWN", "NOT_LISTED"),
      participant("demo-pak-toyun", "COUNTERPART", "MEMBER", "WITHDRAWN", "NOT_LISTED"),
      participant("demo-jeong-seojin", "COUNTERPART", "DELEGATION_LEAD", "INVITED", "AFFILIATION_ONLY"),
      participant("demo-choe-sora", "COUNTERPART", "EXPERT", "CONFIRMED", "NAMED"),
      participant("demo-maren-solberg", "OURS", "FACILITATOR", "CONFIRMED", "NAMED"),
    ],
  });
  const heldSession = (id: string, title: string, date: string) => ({
    ...base,
    id,
    title,
    startsAt: new Date(`${date}T07:30:00Z`),
    endsAt: new Date(`${date}T15:00:00Z`),
    timeZone: "Europe/Stockholm",
    venue: "Villa Strand, Stockholm (fictional)",
    attributionRule: "CHATHAM_HOUSE" as const,
    status: "HELD" as const,
  });
  await db.session.createMany({
    data: [heldSession("demo-round-3", "Round 3", "2025-05-13"), heldSession("demo-round-4", "Round 4", "2025-11-18")],
  });
  const attended = (sessionId: string, interlocutorId: string) => ({
    organizationId,
    sessionId,
    participantId: `${interlocutorId}-in-dialogue`,
    attendance: "ATTENDED" as const,
    travelBooked: true,
  });
  const earlier = ["demo-ri-haneul", "demo-pak-toyun", "demo-choe-sora", "demo-maren-solberg"];
  await db.sessionParticipant.createMany({
    data: [
      ...earlier.map((id) => attended("demo-round-3", id)),
      ...earlier.map((id) => attended("demo-round-4", id)),
      {
        organizationId,
        sessionId: planned.id,
        participantId: "demo-jeong-seojin-in-dialogue",
        id: "demo-round-5-jeong",
        visa: "NEEDED" as const,
        visaLeadDays: 45,
        interpretation: "Korean–English",
      },
      {
        organizationId,
        sessionId: planned.id,
        participantId: "demo-choe-sora-in-dialogue",
        attendance: "CONFIRMED" as const,
      },
      {
        organizationId,
        sessionId: planned.id,
        participantId: "demo-maren-solberg-in-dialogue",
        id: "demo-round-5-solberg",
        attendance: "CONFIRMED" as const,
        invitationSentOn: day("2026-10-01"),
      },
    ],
  });
  const lists = (
    await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { screeningLists: true } })
  ).screeningLists;
  await db.screening.createMany({
    data: ["demo-round-5-jeong", "demo-round-5-solberg"].map((sessionParticipantId) => ({
      organizationId,
      sessionParticipantId,
      lists,
      checkedOn: day("2026-10-15"),
      result: "CLEAR" as const,
      note: "Checked by hand against the published lists (fictional).",
    })),
  });
}
