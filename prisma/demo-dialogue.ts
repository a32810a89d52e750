import type { PrismaClient } from "../lib/generated/prisma/client";
import { checklistRows, checklistTemplate } from "../lib/readiness/template";

/**
 * One fictional dialogue with something in every tab, so a first look at Parley shows it working.
 * The counterpart, places and people are invented. Skipped when the demo dialogue already exists.
 */
export async function seedDemoDialogue(db: PrismaClient, organizationId: string): Promise<void> {
  const id = "demo-northern-peninsula";
  if (await db.dialogue.count({ where: { id } })) return;
  const dialogueId = id;
  const base = { organizationId, dialogueId };
  await db.dialogue.create({
    data: {
      id,
      organizationId,
      title: "Northern Peninsula Dialogue",
      counterpart: "Republic of Eastmarch (fictional)",
      status: "PLANNING",
      conveningPartners: "Saltholm Foundation (fictional)",
      hostCountry: "Sweden",
      hostCity: "Stockholm",
      targetWindowStart: new Date("2027-04-01T00:00:00Z"),
      targetWindowEnd: new Date("2027-06-30T00:00:00Z"),
      summary: "A Track 1.5 channel on humanitarian access and maritime incidents, paused since 2020.",
    },
  });
  const answers: Record<
    string,
    { status: "ANSWERED" | "IN_PROGRESS" | "BLOCKED"; confidence?: "LOW" | "MEDIUM" | "HIGH"; answer: string }
  > = {
    future: {
      status: "ANSWERED",
      confidence: "MEDIUM",
      answer: "Both sides asked, through the embassy, to resume in spring.",
    },
    interlocutors: {
      status: "IN_PROGRESS",
      confidence: "LOW",
      answer: "Two of five counterpart officials have moved post.",
    },
    access: { status: "BLOCKED", answer: "Borders remain closed to delegations; no online option." },
    sanctions: {
      status: "ANSWERED",
      confidence: "HIGH",
      answer: "No funding of counterpart travel; discussion of humanitarian exemptions is allowed.",
    },
  };
  await db.checklistItem.createMany({
    data: checklistRows(checklistTemplate, base).map((row) => ({ ...row, ...answers[row.templateKey ?? ""] })),
  });
  await db.format.createMany({
    data: [
      {
        ...base,
        name: "Round table in Stockholm",
        mode: "IN_PERSON",
        venueCity: "Stockholm",
        venueCountry: "Sweden",
        participantCap: 16,
        status: "CURRENT",
        rationale: "Proven venue; the counterpart accepts it.",
      },
      {
        ...base,
        name: "Hybrid in Geneva",
        mode: "HYBRID",
        venueCity: "Geneva",
        venueCountry: "Switzerland",
        participantCap: 24,
        feasibilityNotes: "The counterpart cannot join online.",
      },
    ],
  });
  const themes = await db.theme.createManyAndReturn({
    data: [
      {
        ...base,
        title: "Humanitarian access",
        ourPriority: 5,
        theirPriority: 3,
        status: "AGREED",
        sanctionsSensitive: true,
      },
      {
        ...base,
        title: "Maritime incidents",
        ourPriority: 3,
        theirPriority: 5,
        theirPrioritySource: "Stated at the 2019 round",
      },
      { ...base, title: "Public health cooperation", ourPriority: 4, theirPriority: null },
    ],
    select: { id: true, title: true },
  });
  const session = await db.session.create({
    data: {
      ...base,
      title: "Round 5",
      startsAt: new Date("2027-05-04T07:30:00Z"),
      endsAt: new Date("2027-05-05T14:00:00Z"),
      timeZone: "Europe/Stockholm",
      venue: "Villa Strand, Stockholm (fictional)",
      attributionRule: "CHATHAM_HOUSE",
    },
  });
  await db.agendaItem.createMany({
    data: [
      { organizationId, sessionId: session.id, position: 0, title: "Opening and ground rules", durationMinutes: 30 },
      ...themes.map((theme, index) => ({
        organizationId,
        sessionId: session.id,
        position: index + 1,
        title: theme.title,
        durationMinutes: 90,
        themeId: theme.id,
      })),
    ],
  });
}
