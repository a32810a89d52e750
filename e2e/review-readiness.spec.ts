import { createOrganization, expect, signIn, test } from "./fixtures";
import { DialogueWorkspace } from "./pages/dialogue-workspace";

test("job 3: answer the checklist, record a review, change it, record another, compare; a viewer reads the evidence", async ({
  page,
}) => {
  const organization = await createOrganization(["OWNER", "CONTRIBUTOR", "VIEWER"]);
  const [owner, contributor, viewer] = organization.people;
  if (!owner || !contributor || !viewer) throw new Error("fixture lacks people");
  await signIn(page, owner);
  const workspace = await DialogueWorkspace.create(page, organization.slug, {
    title: "Eastern Shoals Dialogue",
    counterpart: "Republic of Eastmarch",
  });
  await workspace.tab("Readiness");

  await expect(page.getByTestId("checklist-item")).toHaveCount(10);
  await expect(page.getByTestId("readiness-score")).toHaveText("0");

  const future = "Is there a future for this dialogue?";
  const access = "Is there an online option for this counterpart? If not, can participants travel and meet?";
  await workspace.answer(future, {
    status: "ANSWERED",
    confidence: "MEDIUM",
    answer: "Both sides asked to resume.",
    evidence: "Note verbale of 3 March",
    assignee: owner.name,
  });
  await workspace.answer(access, { status: "BLOCKED", answer: "Borders still closed." });
  const firstScore = Number(await page.getByTestId("readiness-score").textContent());
  expect(firstScore).toBeGreaterThan(0);
  await expect(page.getByTestId("score-drags").getByRole("listitem").first()).toContainText(access);
  await expect(page.getByTestId("score-drags")).toContainText("(blocked)");
  // Travel is a gate: while it is blocked the dialogue is not ready, whatever the points.
  await expect(page.getByTestId("readiness-verdict")).toHaveText("Not ready");
  await expect(page.getByTestId("open-gates")).toContainText(access);

  // A bad link is refused beside its field, and nothing typed is lost; the sheet survives a reload.
  const futureItem = await workspace.openItem(future);
  await futureItem.getByLabel("Evidence links (one per line)").fill("not a link");
  await futureItem.getByRole("button", { name: "Save answer" }).click();
  await expect(futureItem.getByText("Put one http:// or https:// link per line.")).toBeVisible();
  await expect(futureItem.getByLabel("Answer")).toHaveValue("Both sides asked to resume.");
  await page.reload();
  await expect(page.getByRole("dialog", { name: future })).toBeVisible();
  await workspace.closeItem();

  await workspace.recordReview("NOT_YET", "Access is blocked; the future is likely but not certain.");

  await workspace.checklistTab();
  await workspace.answer(future, {
    status: "ANSWERED",
    confidence: "HIGH",
    evidence: "Note verbale of 3 March; call of 9 May",
    assignee: contributor.name,
  });
  await workspace.answer(access, { status: "ANSWERED", confidence: "MEDIUM", answer: "Visas issued for Geneva." });
  await expect((await workspace.openItem(future)).getByRole("heading", { name: "History (2)" })).toBeVisible();
  await workspace.closeItem();
  const secondScore = Number(await page.getByTestId("readiness-score").textContent());
  expect(secondScore).toBeGreaterThan(firstScore);

  await workspace.recordReview("GO", "Access is open and both sides confirmed.");
  await expect(page.getByTestId("review-row")).toHaveCount(2);
  await page.getByRole("button", { name: "Compare reviews" }).click();
  const comparison = page.getByTestId("review-comparison");
  await expect(comparison).toContainText("Decision: Not yet → Go");
  await expect(comparison).toContainText(`Score: ${firstScore} → ${secondScore}`);
  // Every field a review froze: status, confidence, answer, evidence and assignee among them.
  const accessChange = comparison.getByTestId("item-change").filter({ hasText: access });
  await expect(accessChange.getByRole("term")).toHaveText(["Status", "Confidence", "Answer"]);
  await expect(accessChange).toContainText("Blocked → Answered");
  await expect(accessChange).toContainText("— → Medium");
  await expect(accessChange).toContainText("Borders still closed.Visas issued for Geneva.");
  const futureChange = comparison.getByTestId("item-change").filter({ hasText: future });
  await expect(futureChange.getByRole("term")).toHaveText(["Confidence", "Evidence", "Assignee"]);
  await expect(futureChange).toContainText("Medium → High");
  await expect(futureChange).toContainText("Note verbale of 3 MarchNote verbale of 3 March; call of 9 May");
  await expect(futureChange).toContainText(`${owner.name} → ${contributor.name}`);
  const reviewsUrl = page.url();

  await workspace.tab("History");
  await expect(page.getByTestId("history-row").filter({ hasText: "review recorded" })).toHaveCount(2);

  // A viewer (the director who signs off) reads every answer's evidence, and every review's, read-only.
  await page.context().clearCookies();
  await signIn(page, viewer);
  await page.goto(reviewsUrl.replace(/\?.*$/, ""));
  const item = await workspace.openItem(future);
  await expect(item.getByTestId("item-evidence")).toContainText("Evidence: Note verbale of 3 March; call of 9 May");
  await expect(item.getByRole("button", { name: "Save answer" })).toHaveCount(0);
  await workspace.closeItem();
  await page.goto(reviewsUrl);
  await page.getByRole("link", { name: "Open review 1" }).click();
  const first = page.getByRole("dialog", { name: /: Not yet, / });
  await expect(first.getByTestId("review-detail")).toContainText("Evidence: Note verbale of 3 March");
  await expect(first.getByTestId("review-detail")).toContainText(`assigned to ${owner.name}`);
  await expect(first.getByTestId("review-detail")).toContainText("Borders still closed.");
});

test("job 3: a contributor answers items but cannot record a review", async ({ page, organization }) => {
  const [owner, contributor] = organization.people;
  if (!owner || !contributor) throw new Error("fixture lacks people");
  await signIn(page, owner);
  const workspace = await DialogueWorkspace.create(page, organization.slug, {
    title: "Southern Reef Dialogue",
    counterpart: "Republic of Eastmarch",
  });
  const url = page.url();
  await page.context().clearCookies();

  await signIn(page, contributor);
  await page.goto(`${url}/readiness`);
  await workspace.answer("What open unknowns remain?", {
    status: "IN_PROGRESS",
    confidence: "LOW",
    answer: "Who leads their delegation.",
  });
  // Evidence links show as links, outside the edit box.
  const unknowns = await workspace.openItem("What open unknowns remain?");
  await unknowns.getByLabel("Evidence links (one per line)").fill("https://example.org/briefing-note");
  await unknowns.getByRole("button", { name: "Save answer" }).click();
  await expect(unknowns.getByRole("link", { name: "example.org/briefing-note" })).toHaveAttribute(
    "href",
    "https://example.org/briefing-note",
  );
  await workspace.closeItem();
  await page
    .getByRole("navigation", { name: "Readiness" })
    .getByRole("link", { name: /^Reviews/ })
    .click();
  await expect(page.getByRole("heading", { name: "Record a review" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Record review" })).toHaveCount(0);
});
