import { expect, signIn, test, testDb } from "./fixtures";

test("briefing pack: the pack for distribution of a Chatham House session names no participant; the internal one does", async ({
  page,
  organization,
}) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  const { id: organizationId } = await testDb.organization.findUniqueOrThrow({ where: { slug: organization.slug } });
  const dialogue = await testDb.dialogue.create({
    data: {
      organizationId,
      title: "Granite Bay Dialogue",
      counterpart: "Republic of Eastmarch",
      summary: "A channel on maritime incidents.",
    },
  });
  const scope = { organizationId, dialogueId: dialogue.id };
  const session = await testDb.session.create({
    data: {
      ...scope,
      title: "Round 2",
      startsAt: new Date("2027-04-06T07:00:00Z"),
      endsAt: new Date("2027-04-06T15:00:00Z"),
      timeZone: "Europe/Oslo",
      attributionRule: "CHATHAM_HOUSE",
      agendaItems: { create: { position: 0, title: "Opening", durationMinutes: 30 } },
    },
  });
  const ministry = await testDb.institution.create({
    data: { organizationId, name: "Eastmarch Ministry of Foreign Affairs", kind: "MINISTRY" },
  });
  for (const [name, consent] of [
    ["Ri Ha-neul", "NAMED"],
    ["Jeong Seo-jin", "AFFILIATION_ONLY"],
  ] as const) {
    const person = await testDb.interlocutor.create({
      data: {
        organizationId,
        name,
        category: "COUNTERPART_OFFICIAL",
        searchNames: name.toLowerCase().replace(/[^a-z]/g, ""),
        affiliations: {
          create: {
            institutionId: ministry.id,
            title: "Director",
            startsOn: new Date("2024-01-01T00:00:00Z"),
            source: "State news agency",
          },
        },
      },
    });
    const participant = await testDb.participant.create({
      data: { ...scope, interlocutorId: person.id, side: "COUNTERPART", role: "MEMBER", consent },
    });
    await testDb.sessionParticipant.create({
      data: { organizationId, sessionId: session.id, participantId: participant.id },
    });
  }
  await signIn(page, owner);
  const sessionUrl = `/o/${organization.slug}/dialogues/${dialogue.id}/sessions/${session.id}`;
  await page.goto(sessionUrl);
  await page.getByRole("link", { name: "for distribution" }).click();

  const pack = page.getByTestId("briefing-pack");
  await expect(pack).toHaveAttribute("data-variant", "distribution");
  await expect(pack.getByTestId("pack-participants")).toHaveText("Counterpart: 2 participants");
  await expect(pack).not.toContainText("Ri Ha-neul");
  await expect(pack).not.toContainText("Jeong Seo-jin");
  await expect(pack).not.toContainText("Eastmarch Ministry of Foreign Affairs");
  await expect(pack.getByTestId("pack-footer")).toContainText(`For distribution · made`);
  await expect(pack.getByTestId("pack-footer")).toContainText(owner.name);
  await expect(pack.getByRole("region", { name: "Timetable (venue time)" })).toContainText("09:00–09:30");

  await page.getByRole("link", { name: "The internal pack" }).click();
  await expect(pack).toHaveAttribute("data-variant", "internal");
  await expect(pack.getByTestId("pack-participants")).toContainText(
    "Ri Ha-neul, Director, Eastmarch Ministry of Foreign Affairs",
  );

  // Each pack made is in the audit trail.
  const made = await testDb.auditEvent.findMany({ where: { organizationId, action: "pack.made" } });
  expect(made.map((event) => (event.after as { variant: string }).variant).sort()).toEqual([
    "distribution",
    "internal",
  ]);
});
