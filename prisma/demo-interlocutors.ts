import type { PrismaClient } from "../lib/generated/prisma/client";
import { searchNamesOf } from "../lib/interlocutors/romanize";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A fictional counterpart delegation with a history: a director replaced by a successor, a
 * retired deputy, and a researcher still in post. Every name and institution is invented.
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
  });
  await db.affiliation.createMany({
    data: [
      post("demo-post-ri", "demo-ri-haneul", "Director, Europe department", "2019-05-01", "2026-02-28"),
      post("demo-post-jeong", "demo-jeong-seojin", "Director, Europe department", "2026-03-01", null),
      post("demo-post-pak", "demo-pak-toyun", "Deputy director, Europe department", "2017-09-01", "2025-12-31"),
      post("demo-post-choe", "demo-choe-sora", "Senior researcher", "2021-01-01", null, "demo-eastmarch-institute"),
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
    ],
  });
}
