import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test, testDb } from "./fixtures";
import { DialogueWorkspace } from "./pages/dialogue-workspace";

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 800 };

/** axe's WCAG 2.x A and AA rules and its best practices, on the page as it is now. */
async function expectNoViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const found = violations.map((violation) => ({
    rule: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(found, `accessibility violations on ${where}`).toEqual([]);
}

/** Nothing on the page is wider than the window: no sideways scrolling. */
async function expectNoOverflow(page: Page, where: string) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // An element inside a box that scrolls or clips on its own does not widen the page.
    const contained = (element: HTMLElement) => {
      for (let box = element.parentElement; box && box !== document.body; box = box.parentElement)
        if (getComputedStyle(box).overflowX !== "visible") return true;
      return false;
    };
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !contained(element))
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 80));
    return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
  });
  expect(overflow, `horizontal overflow at ${phone.width} px on ${where}`).toEqual({ scroll: 0, wide: [] });
}

test("every page has no axe violations, on a desktop (light and dark) and on a phone, and nothing scrolls sideways on a phone", async ({
  page,
  organization,
}) => {
  test.setTimeout(600_000);
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");

  // Each page on a desktop in light and dark mode, then on a phone.
  const visit = async (path: string, ready?: () => Promise<void>) => {
    for (const [viewport, colorScheme] of [
      [desktop, "light"],
      [desktop, "dark"],
      [phone, "light"],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await ready?.();
      await page.waitForLoadState("networkidle");
      const where = `${path} at ${viewport.width} px, ${colorScheme}`;
      await expectNoViolations(page, where);
      if (viewport === phone) await expectNoOverflow(page, path);
    }
  };

  for (const path of ["/", "/signin", "/signup", "/no-such-page"]) await visit(path);

  await signIn(page, owner);
  await DialogueWorkspace.create(page, organization.slug, {
    title: "Lantern Strait Dialogue",
    counterpart: "Republic of Eastmarch",
  });
  const dialogueUrl = new URL(page.url()).pathname;
  const dialogue = await testDb.dialogue.findFirstOrThrow({
    where: { title: "Lantern Strait Dialogue", organization: { slug: organization.slug } },
    select: { id: true, organizationId: true },
  });
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

  const o = `/o/${organization.slug}`;
  const sheet = async () => {
    await expect(page.getByRole("dialog")).toBeVisible();
  };
  for (const path of [
    "/",
    "/account",
    o,
    `${o}/dialogues`,
    `${o}/dialogues/new`,
    `${o}/members`,
    `${o}/settings`,
    `${o}/audit`,
    `${o}/interlocutors`,
    `${o}/interlocutors/${interlocutor.id}`,
    `${o}/context`,
    dialogueUrl,
    `${dialogueUrl}/readiness`,
    `${dialogueUrl}/readiness?tab=reviews`,
    `${dialogueUrl}/formats`,
    `${dialogueUrl}/themes`,
    `${dialogueUrl}/sessions`,
    `${dialogueUrl}/sessions/${session.id}`,
    `${dialogueUrl}/sessions/${session.id}/participants`,
    `${dialogueUrl}/sessions/${session.id}/pack?variant=distribution`,
    `${dialogueUrl}/participants`,
    `${dialogueUrl}/conditions`,
    `${dialogueUrl}/history`,
  ])
    await visit(path);
  await visit(`${dialogueUrl}/readiness?item=${item.id}`, sheet);
  await visit(`${dialogueUrl}/themes?theme=${themes[0]?.id}`, sheet);
  await visit(`${dialogueUrl}/readiness?tab=reviews&review=${review.id}`, sheet);
  await visit(`${o}/context?event=${event.id}`, sheet);

  // The invitation page, as the invited person sees it.
  await page.setViewportSize(desktop);
  await page.goto(`${o}/members`);
  await page.getByLabel("Email").fill("new.member@example.org");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  await page.context().clearCookies();
  await visit(new URL(link).pathname);
});

test("the readiness page with ten items fits in one and a half laptop screens", async ({ page, organization }) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  await page.setViewportSize(desktop);
  await signIn(page, owner);
  const workspace = await DialogueWorkspace.create(page, organization.slug, {
    title: "Copper Bay Dialogue",
    counterpart: "Republic of Eastmarch",
  });
  await workspace.tab("Readiness");
  await expect(page.getByTestId("checklist-item")).toHaveCount(10);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThanOrEqual(desktop.height * 1.5);
});
