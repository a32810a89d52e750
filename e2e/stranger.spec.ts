import { createDialogues, createOrganization, expect, signIn, test, testDb } from "./fixtures";

/**
 * Documenso's access test: an owner's resource, opened by a signed-in stranger, is "not found",
 * so its existence is not revealed either.
 */
test("a stranger opening another organization's readiness page sees Not found and nothing of it", async ({ page }) => {
  const owner = await createOrganization(["OWNER"]);
  const stranger = await createOrganization(["OWNER"]);
  await createDialogues(owner.slug, 1, "Hidden Strait Dialogue");
  const dialogue = await testDb.dialogue.findFirstOrThrow({
    where: { organization: { slug: owner.slug } },
    select: { id: true, title: true },
  });
  const [person] = stranger.people;
  if (!person) throw new Error("fixture without a person");
  await signIn(page, person);

  for (const path of [
    `/o/${owner.slug}/dialogues/${dialogue.id}/readiness`,
    `/o/${stranger.slug}/dialogues/${dialogue.id}/readiness`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
    await expect(page.getByText(dialogue.title)).toHaveCount(0);
    await expect(page.getByText(owner.name)).toHaveCount(0);
  }
});
