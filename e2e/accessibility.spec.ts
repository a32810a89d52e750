import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { fillEveryPage } from "./accessibility-data";
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
  const { themes, session, review, interlocutor, item, event } = await fillEveryPage(dialogue, owner);

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
  // The import page with a report: a row to fix, then a possible duplicate to answer.
  const chooseFile = (text: string) => async () => {
    await page
      .getByLabel("CSV file")
      .setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  };
  await visit(`${o}/interlocutors/import`, async () => {
    await chooseFile("Name,Category,Since\nIlsa Varnholm,Astronaut,2020-01-01\n")();
    await expect(page.getByRole("table", { name: "Problems" })).toBeVisible();
  });
  await visit(`${o}/interlocutors/import`, async () => {
    await chooseFile("Name,Category\nRi Ha-neul,Counterpart official\n")();
    await expect(page.getByRole("heading", { name: /Possible duplicates/ })).toBeVisible();
  });

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
