import { readFileSync } from "node:fs";
import { expect, signIn, test } from "./fixtures";
import { DialogueWorkspace } from "./pages/dialogue-workspace";

test("job 1: plan a dialogue session, from a new dialogue to a calendar file", async ({ page, organization }) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  await signIn(page, owner);
  const workspace = await DialogueWorkspace.create(page, organization.slug, {
    title: "Northern Peninsula Dialogue",
    counterpart: "Republic of Eastmarch",
  });

  await workspace.tab("Formats");
  const addFormat = page.getByRole("region", { name: "Add a format option" });
  await addFormat.getByLabel("Option name").fill("Round table in Oslo");
  await addFormat.getByLabel("Venue city").fill("Oslo");
  await addFormat.getByLabel("Participant cap").fill("1");
  await addFormat.getByRole("button", { name: "Add format option" }).click();
  await expect(page.locator("#new-format-participantCap-error")).toHaveText(
    "Enter a participant cap between 2 and 500.",
  );
  await expect(addFormat.getByLabel("Option name")).toHaveValue("Round table in Oslo");
  await addFormat.getByLabel("Participant cap").fill("18");
  await addFormat.getByRole("button", { name: "Add format option" }).click();
  const comparison = page.getByTestId("format-comparison");
  await expect(comparison.getByRole("columnheader", { name: "Round table in Oslo" })).toBeVisible();

  await addFormat.getByLabel("Option name").fill("Hybrid in Geneva");
  await addFormat.getByLabel("Mode").selectOption("HYBRID");
  await addFormat.getByLabel("Venue city").fill("Geneva");
  await addFormat.getByLabel("Participant cap").fill("30");
  await addFormat.getByRole("button", { name: "Add format option" }).click();
  await expect(comparison.getByRole("columnheader", { name: "Hybrid in Geneva" })).toBeVisible();
  await page.getByLabel("Why make “Hybrid in Geneva” current?").fill("Visas for Oslo are uncertain");
  await page.getByRole("button", { name: "Make current" }).click();
  // The current option comes first; the one it replaced stays, proposed, with the reason.
  await expect(comparison.getByRole("columnheader").nth(1)).toHaveText("Hybrid in Geneva");
  await expect(comparison.getByRole("row", { name: /^Status/ }).getByRole("cell")).toHaveText(["Current", "Proposed"]);
  await expect(comparison.getByRole("row", { name: /^Decision note/ })).toContainText("Replaced as current on");

  await workspace.tab("Themes");
  const addTheme = page.getByRole("region", { name: "Add a theme" });
  // The form says the schema's limits before anyone submits.
  await expect(addTheme.getByLabel("Theme", { exact: true })).toHaveAttribute("maxlength", "160");
  await expect(addTheme.getByLabel("Theme", { exact: true })).toHaveAttribute("required", "");
  for (const [title, ours, theirs] of [
    ["Humanitarian access", "5", "2"],
    ["Maritime incidents", "3", "4"],
  ] as const) {
    await addTheme.getByLabel("Theme", { exact: true }).fill(title);
    await addTheme.getByLabel("Our priority").selectOption(ours);
    await addTheme.getByLabel("Their priority (stated or perceived)").selectOption(theirs);
    await addTheme.getByRole("button", { name: "Add theme" }).click();
    await expect(page.getByTestId("theme-row").filter({ hasText: title })).toBeVisible();
    // The add form starts empty again: the next theme inherits nothing from this one.
    await expect(addTheme.getByLabel("Theme", { exact: true })).toHaveValue("");
    await expect(addTheme.getByLabel("Their priority (stated or perceived)")).toHaveValue("");
  }
  // The grid places each theme in its quadrant, as a badge that opens the theme.
  const grid = page.getByRole("table", { name: /^Themes by our priority/ });
  await expect(grid.getByTestId("grid-5-2")).toContainText("Humanitarian access");
  await expect(grid.getByTestId("grid-3-4")).toContainText("Maritime incidents");
  await expect(grid.getByTestId("grid-5-5")).toContainText("Shared priority");
  await grid.getByRole("link", { name: "Maritime incidents" }).click();
  await expect(
    page.getByRole("dialog", { name: "Maritime incidents" }).getByLabel("Theme", { exact: true }),
  ).toHaveValue("Maritime incidents");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await workspace.tab("Sessions");
  const schedule = page.getByRole("region", { name: "Schedule a session" });
  await schedule.getByLabel("Session title").fill("Round 4");
  await schedule.getByLabel("Starts (venue time)").fill("2027-03-02T09:30");
  await schedule.getByLabel("Ends (venue time)").fill("2027-03-02T08:00");
  // The time-zone suggestions are built when the field is first used, not with the page.
  await expect(page.locator("#time-zones option")).toHaveCount(0);
  await schedule.getByLabel("Venue time zone").fill("Europe/Zurich");
  await expect(page.locator('#time-zones option[value="Europe/Zurich"]')).toHaveCount(1);
  await schedule.getByLabel("Venue", { exact: true }).fill("Villa Lac, Geneva");
  await schedule.getByRole("button", { name: "Schedule session" }).click();
  await expect(page.locator("#new-session-endsAt-error")).toHaveText("The session must end after it starts.");
  await schedule.getByLabel("Ends (venue time)").fill("2027-03-02T17:00");
  await schedule.getByRole("button", { name: "Schedule session" }).click();
  await expect(page.getByTestId("session").filter({ hasText: "Round 4" })).toContainText("Europe/Zurich");
  await page.getByRole("link", { name: "Round 4", exact: true }).click();
  await page.waitForURL(/\/sessions\/[^/]+$/);
  const session = page.getByTestId("session");
  await expect(session.getByRole("heading", { name: "Round 4" })).toBeVisible();

  for (const [title, theme, minutes] of [
    ["Opening and ground rules", "", "30"],
    ["Humanitarian access", "Humanitarian access", ""],
    ["Maritime incidents", "Maritime incidents", ""],
  ]) {
    await session.getByLabel("Agenda item").fill(title ?? "");
    await session.getByLabel("Minutes").fill(minutes ?? "");
    if (theme) await session.getByLabel("Theme").selectOption({ label: theme });
    await session.getByRole("button", { name: "Add to agenda" }).click();
    await expect(session.getByRole("list", { name: "Agenda" })).toContainText(title ?? "");
  }
  // A timetable in venue time: the opening runs 09:30–10:00, the next item starts at 10:00.
  const agenda = session.getByRole("list", { name: "Agenda" }).getByRole("listitem");
  await expect(agenda.nth(0)).toContainText("09:30–10:00");
  await expect(agenda.nth(1)).toContainText("10:00");
  await session.getByRole("button", { name: "Move “Maritime incidents” up" }).click();
  await expect(session.getByRole("list", { name: "Agenda" }).getByRole("listitem").nth(1)).toContainText(
    "Maritime incidents",
  );

  // The keyboard moves an item too (Alt+↑ / Alt+↓), and focus follows the item.
  const humanitarian = agenda.filter({ hasText: "Humanitarian access" });
  await humanitarian.focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(agenda.nth(1)).toContainText("Humanitarian access");
  await expect(agenda.nth(1)).toBeFocused();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(agenda.nth(2)).toContainText("Humanitarian access");
  await expect(agenda.nth(2)).toBeFocused();

  const download = page.waitForEvent("download");
  await session.getByRole("link", { name: "Download .ics" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("Round-4.ics");
  const ics = readFileSync(await file.path(), "utf8");
  expect(ics).toContain("DTSTART:20270302T083000Z");
  expect(ics).toContain("SUMMARY:Round 4");
  expect(ics.replace(/\r\n /g, "")).toContain(
    "Agenda:\\n1. Opening and ground rules (30 min)\\n2. Maritime incidents\\n3. Humanitarian access",
  );
});

test("a dialogue tab shows that its page is on its way, and the page arrives whole", async ({ page, organization }) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  await signIn(page, owner);
  await DialogueWorkspace.create(page, organization.slug, {
    title: "Slow Network Dialogue",
    counterpart: "Republic of Eastmarch",
  });
  // A slow hotel network: the sessions page's data is held back until the test lets it through.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/sessions(\?|$)/, async (route) => {
    if (route.request().headers().rsc) await held;
    await route.continue();
  });
  const tabs = page.getByRole("navigation", { name: "Dialogue" });
  await tabs.getByRole("link", { name: "Sessions", exact: true }).click();
  // While the page is on its way, the tab's words pulse (a span that is there only then).
  await expect(tabs.getByRole("link", { name: "Sessions", exact: true }).locator("span")).toHaveClass(/animate-pulse/);
  release();
  await page.waitForURL(/\/sessions$/);
  await expect(page.getByRole("region", { name: "Schedule a session" })).toBeVisible();
  await expect(tabs.locator("a span")).toHaveCount(0);

  // Loaded afresh, the page is part of the frame, not a streamed part swapped in for a placeholder
  // (React shows those no sooner than 300 ms after the frame); the account menu may still stream.
  const html = await (await page.request.get(page.url())).text();
  const at = html.indexOf('aria-label="Schedule a session"');
  expect(at).toBeGreaterThan(0);
  expect(html.slice(0, at)).not.toContain('<div hidden id="S:');
});
