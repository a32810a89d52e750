import { expect, signIn, test } from "./fixtures";
import { DialogueWorkspace } from "./pages/dialogue-workspace";

test("a conflicting edit shows the other version and reapplies mine on request; nothing is lost", async ({
  page,
  organization,
  browser,
}) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  await signIn(page, owner);
  const workspace = await DialogueWorkspace.create(page, organization.slug, {
    title: "Harbour Dialogue",
    counterpart: "Republic of Eastmarch",
  });
  await workspace.tab("Readiness");
  const question = "What are the counterpart's priorities?";

  // I open the item; meanwhile someone else answers it.
  const readiness = page.url();
  const item = await workspace.openItem(question);
  const other = await browser.newPage();
  await other.context().addCookies(await page.context().cookies());
  await other.goto(readiness);
  const theirs = new DialogueWorkspace(other);
  await theirs.answer(question, { status: "ANSWERED", answer: "Food security first." });
  await other.close();

  await item.getByLabel("Answer").fill("Sanctions relief first.");
  await item.getByRole("button", { name: "Save answer" }).click();
  const notice = item.getByRole("alert");
  await expect(notice).toContainText("Someone else saved a change first");
  await expect(notice).toContainText("Food security first.");
  await expect(item.getByLabel("Answer")).toHaveValue("Sanctions relief first.");

  await notice.getByRole("button", { name: "Apply my changes over theirs" }).click();
  await workspace.expectToast("Answer saved.");
  await page.reload();
  const reloaded = page.getByRole("dialog", { name: question });
  await expect(reloaded.getByLabel("Answer")).toHaveValue("Sanctions relief first.");
  await expect(reloaded.getByRole("heading", { name: "History (2)" })).toBeVisible();
});
