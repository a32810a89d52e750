import { expect, signIn, test, testDb } from "./fixtures";
import { DialogueWorkspace } from "./pages/dialogue-workspace";

test("outcome: record a held session's summary, a follow-up and a readout; the follow-up shows on the next session's plan, and on the board once overdue", async ({
  page,
  organization,
}) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  await signIn(page, owner);
  const workspace = new DialogueWorkspace(page);
  await DialogueWorkspace.create(page, organization.slug, {
    title: "Cobalt Sound Dialogue",
    counterpart: "Republic of Eastmarch",
  });
  const dialogueUrl = page.url();
  const dialogue = await testDb.dialogue.findFirstOrThrow({
    where: { title: "Cobalt Sound Dialogue", organization: { slug: organization.slug } },
  });
  const scope = {
    organizationId: dialogue.organizationId,
    dialogueId: dialogue.id,
    attributionRule: "CHATHAM_HOUSE" as const,
  };
  const held = await testDb.session.create({
    data: {
      ...scope,
      title: "Round 3",
      startsAt: new Date("2026-06-02T08:30:00Z"),
      endsAt: new Date("2026-06-02T16:00:00Z"),
      timeZone: "Europe/Oslo",
      status: "HELD",
    },
  });
  const next = await testDb.session.create({
    data: {
      ...scope,
      title: "Round 4",
      startsAt: new Date("2027-05-04T07:00:00Z"),
      endsAt: new Date("2027-05-04T15:00:00Z"),
      timeZone: "Europe/Oslo",
    },
  });

  await page.goto(`${dialogueUrl}/sessions/${held.id}`);
  await expect(page.getByTestId("session-outcome")).toHaveText("No outcome recorded yet.");
  await page.getByRole("link", { name: "Outcome, follow-ups and readouts of Round 3" }).click();
  await expect(page.getByRole("heading", { name: "Outcome of Round 3" })).toBeVisible();

  await page
    .getByLabel("Unattributed summary")
    .fill("Both sides agreed to exchange fisheries data before the next round.");
  await page.getByRole("button", { name: "Save outcome" }).click();
  await workspace.expectToast("Outcome saved.");

  const followUp = page.getByRole("form", { name: "Add a follow-up" });
  await followUp.getByLabel("Commitment").fill("Send the draft terms of reference");
  await followUp.getByLabel("Assignee").selectOption({ label: owner.name });
  await followUp.getByLabel("Due").fill("2026-11-01");
  await followUp.getByRole("button", { name: "Add follow-up" }).click();
  await workspace.expectToast("Follow-up added.");
  const row = page.getByTestId("follow-up").filter({ hasText: "Send the draft terms of reference" });
  await expect(row).toContainText("Overdue");
  await expect(row).toContainText(owner.name);

  const readout = page.getByRole("form", { name: "Record a readout" });
  await readout.getByLabel("Ministry or unit briefed").fill("Ministry for Foreign Affairs, Asia department");
  await readout.getByLabel("Briefed by").fill("Head of programme");
  await readout.getByLabel("How").selectOption("CALL");
  await readout.getByLabel("Their reaction").fill("Asked for the proposal in writing.");
  await readout.getByRole("button", { name: "Record readout" }).click();
  await workspace.expectToast("Readout recorded.");
  await expect(page.getByTestId("readouts")).toContainText("Ministry for Foreign Affairs, Asia department");

  // The next session's plan picks up what is still open.
  await page.goto(`${dialogueUrl}/sessions/${next.id}`);
  const commitments = page.getByTestId("open-commitments");
  await expect(commitments.getByTestId("follow-up")).toHaveCount(1);
  await expect(commitments).toContainText("Send the draft terms of reference");
  await expect(commitments).toContainText("Round 3");
  await expect(commitments).toContainText("Overdue");

  // The board shows it as overdue.
  await page.goto(`/o/${organization.slug}`);
  const board = page.getByTestId("dashboard-row").filter({ hasText: "Cobalt Sound Dialogue" });
  await expect(board.getByTestId("overdue-follow-ups")).toHaveText("1 follow-up");
  await expect(board).toContainText("Send the draft terms of reference");

  // Once done, it leaves the plan and the board.
  await page.goto(`${dialogueUrl}/sessions/${held.id}/outcome`);
  await page.getByRole("button", { name: "Mark done: Send the draft terms of reference" }).click();
  await workspace.expectToast("Follow-up done.");
  await page.goto(`/o/${organization.slug}`);
  await expect(board.getByTestId("overdue-follow-ups")).toHaveCount(0);
});
