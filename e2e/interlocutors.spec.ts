import { searchNamesOf } from "../lib/interlocutors/romanize";
import { createWorkspace } from "../lib/testing/fixtures";
import { expect, signIn, test, testDb } from "./fixtures";
import { DialogueWorkspace } from "./pages/dialogue-workspace";

test("job 2: record an interlocutor with a dated post, find them by another spelling, log their replacement", async ({
  page,
  organization,
}) => {
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  await signIn(page, owner);
  await page.goto(`/o/${organization.slug}`);
  await page.getByRole("navigation", { name: "Organization" }).getByRole("link", { name: "Interlocutors" }).click();
  await expect(page.getByRole("heading", { name: "Interlocutors (0)" })).toBeVisible();

  const institution = page.getByRole("region", { name: "Add an institution" });
  await institution.getByLabel("Institution").fill("Eastmarch Ministry of Foreign Affairs");
  await institution.getByLabel("Country").fill("Eastmarch");
  await institution.getByRole("button", { name: "Add institution" }).click();
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Institution added." }).last()).toBeVisible();

  const add = page.getByRole("region", { name: "Add an interlocutor" });
  await add.getByLabel("Name (Latin script)").fill("Ri Ha-neul");
  await add.getByLabel("Name in the original script").fill("리하늘");
  await add.getByRole("button", { name: "Add interlocutor" }).click();
  await expect(page.getByTestId("interlocutor-row")).toHaveCount(1);

  // The same person again, spelled another way: a warning first, naming who it may be.
  await add.getByLabel("Name (Latin script)").fill("Lee Haneul");
  await add.getByRole("button", { name: "Add interlocutor" }).click();
  await expect(add.getByRole("status").filter({ hasText: "Possible duplicate of Ri Ha-neul" })).toBeVisible();
  await expect(page.getByTestId("interlocutor-row")).toHaveCount(1);

  // Found by a spelling nobody typed: the South Korean surname, from the Hangul.
  await page.getByLabel("Find by any spelling").fill("Rhee Haneul");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/q=Rhee\+Haneul/);
  await page.getByTestId("interlocutor-row").getByRole("link", { name: "Ri Ha-neul" }).click();

  await expect(page.getByRole("heading", { level: 2, name: /Ri Ha-neul/ })).toBeVisible();
  const post = page.getByRole("region", { name: "Add a post" });
  await post.getByLabel("Title").fill("Director, Europe department");
  await post.getByRole("combobox", { name: "Institution" }).fill("Eastmarch Ministry");
  await post.getByRole("option", { name: /Eastmarch Ministry of Foreign Affairs/ }).click();
  await post.getByLabel("From").fill("2024-03-01");
  await post.getByLabel("Source").fill("Eastmarch state news agency, 2 March 2024");
  await post.getByRole("button", { name: "Add post" }).click();
  await expect(page.getByTestId("post-row")).toHaveCount(1);
  await expect(page.getByTestId("post-row")).toContainText("Current");

  // A second post that overlaps the first is refused beside its date; nothing is saved.
  await post.getByLabel("Title").fill("Ambassador");
  await post.getByRole("combobox", { name: "Institution" }).fill("Eastmarch Ministry");
  await post.getByRole("option", { name: /Eastmarch Ministry of Foreign Affairs/ }).click();
  await post.getByLabel("From").fill("2025-01-01");
  await post.getByRole("button", { name: "Add post" }).click();
  await expect(page.locator("#new-post-startsOn-error")).toContainText(
    "Overlaps the post “Director, Europe department”",
  );
  await expect(page.getByTestId("post-row")).toHaveCount(1);
});

/**
 * A dialogue whose lead official held a post at the last (held) round and is on the list for the
 * next; a successor already recorded; and the readiness question on interlocutors.
 */
async function dialogueWithALead(slug: string) {
  const organization = await testDb.organization.findUniqueOrThrow({ where: { slug } });
  const organizationId = organization.id;
  const workspace = await createWorkspace(organizationId);
  const lead = await testDb.interlocutor.update({
    where: { id: workspace.interlocutorId },
    data: {
      name: "Ri Ha-neul",
      originalName: "리하늘",
      searchNames: searchNamesOf({ name: "Ri Ha-neul", originalName: "리하늘", alternateSpellings: [] }),
    },
  });
  await testDb.affiliation.create({
    data: {
      organizationId,
      interlocutorId: lead.id,
      institutionId: workspace.institutionId,
      title: "Director, Europe department",
      startsOn: new Date("2019-05-01T00:00:00Z"),
      seniority: 3,
    },
  });
  const names = { name: "Jeong Seo-jin", originalName: "정서진", alternateSpellings: [] };
  await testDb.interlocutor.create({
    data: { organizationId, ...names, category: "COUNTERPART_OFFICIAL", searchNames: searchNamesOf(names) },
  });
  await testDb.checklistItem.create({
    data: {
      organizationId,
      dialogueId: workspace.dialogue.id,
      templateKey: "interlocutors",
      position: 1,
      question: "Will it still deal with the same interlocutors?",
      weight: 2,
    },
  });
  return { ...workspace, leadId: lead.id };
}

test("job 2: a replacement shows in the dialogue's continuity and the checklist, and screening gates the next session", async ({
  page,
  organization,
}) => {
  test.setTimeout(180_000);
  const owner = organization.people[0];
  if (!owner) throw new Error("fixture has no owner");
  const workspace = await dialogueWithALead(organization.slug);
  await signIn(page, owner);
  const toast = async (text: string) =>
    expect(page.locator("[data-sonner-toast]").filter({ hasText: text }).last()).toBeVisible();

  // 1. The counterpart official was replaced by a successor, with a source.
  await page.goto(`/o/${organization.slug}/interlocutors/${workspace.leadId}`);
  const change = page.getByRole("region", { name: "Log a change" });
  await change.getByLabel("What happened").selectOption({ label: "Replaced by" });
  await change.getByLabel("On", { exact: true }).fill("2026-09-01");
  // The successor is picked by typing: any spelling finds them.
  await change.getByRole("combobox", { name: "Replaced by" }).fill("Jeong Seo");
  await page.getByRole("option", { name: /Jeong Seo-jin/ }).click();
  await change.getByLabel("Source").fill("Eastmarch state news agency, 1 September 2026 (fictional)");
  await change.getByRole("button", { name: "Log change" }).click();
  await toast("Change logged.");

  // 2. The old post closes the day before; the successor's opens, one click away.
  await expect(page.getByTestId("post-row")).toContainText("until 31 Aug 2026");
  await expect(page.getByTestId("post-row")).not.toContainText("Current");
  await page.getByTestId("change-row").getByRole("link", { name: "Jeong Seo-jin" }).click();
  await expect(page.getByTestId("post-row")).toContainText("Director, Europe department");
  await expect(page.getByTestId("post-row")).toContainText("Current");

  // 3. The successor is found by another spelling: McCune–Reischauer, derived from the Hangul.
  await page.goto(`/o/${organization.slug}/interlocutors?q=Chong+Sojin`);
  await expect(page.getByTestId("interlocutor-row").getByRole("link", { name: "Jeong Seo-jin" })).toBeVisible();

  // The change log, filtered to this dialogue: picked by typing part of its title, not from a list
  // of every dialogue.
  await page.getByRole("combobox", { name: "In dialogue" }).fill(workspace.dialogue.title.slice(0, 14));
  await page.getByRole("option", { name: new RegExp(workspace.dialogue.title) }).click();
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(new RegExp(`dialogue=${workspace.dialogue.id}`));
  await expect(page.getByTestId("recent-change").filter({ hasText: "Jeong Seo-jin" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "In dialogue" })).toHaveValue(workspace.dialogue.title);

  // The successor joins the dialogue as its lead; the old lead withdraws.
  const dialogue = new DialogueWorkspace(page);
  await page.goto(`/o/${organization.slug}/dialogues/${workspace.dialogue.id}`);
  await dialogue.tab("Participants");
  const add = page.getByRole("region", { name: "Add a participant" });
  await add.getByRole("combobox", { name: "Person" }).fill("Chung Sojin");
  // From the keyboard: the best match is the active option; Enter takes it.
  await expect(page.getByRole("option", { name: /Jeong Seo-jin/ })).toHaveAttribute("aria-selected", "true");
  await add.getByRole("combobox", { name: "Person" }).press("Enter");
  await expect(add.getByRole("combobox", { name: "Person" })).toHaveValue("Jeong Seo-jin");
  await add.getByLabel("Role").selectOption({ label: "Delegation lead" });
  await add.getByLabel("Status").selectOption({ label: "Invited" });
  await add.getByRole("button", { name: "Add participant" }).click();
  await toast("Participant added.");
  const oldLead = page.getByTestId("participant-row").filter({ hasText: "Ri Ha-neul" });
  await oldLead.getByRole("link", { name: /Edit/ }).click();
  const terms = page.getByRole("dialog", { name: /Ri Ha-neul in/ });
  await terms.getByLabel("Status").selectOption({ label: "Withdrawn" });
  await terms.getByRole("button", { name: "Save" }).click();
  await toast("Participant saved.");

  // 5 (first half). The next session gets its new lead, who is not screened yet.
  await page.goto(`/o/${organization.slug}/dialogues/${workspace.dialogue.id}/sessions/${workspace.sessionId}`);
  await page.getByRole("link", { name: /Screening and logistics/ }).click();
  const list = page.getByRole("region", { name: "Add a participant" });
  await list.getByLabel("Dialogue participant").selectOption({ label: "Jeong Seo-jin" });
  await list.getByRole("button", { name: "Add to session" }).click();
  await toast("Added to the session.");
  await expect(page.getByTestId("screening-gate")).toContainText("Jeong Seo-jin has not been screened");

  // 4. The continuity view shows the replacement, and the checklist question links to it.
  await page.goto(`/o/${organization.slug}/dialogues/${workspace.dialogue.id}`);
  const continuity = page.getByTestId("continuity");
  await expect(continuity).toContainText("Ri Ha-neul");
  await expect(continuity).toContainText("replaced by Jeong Seo-jin");
  await expect(continuity).toContainText("replaces Ri Ha-neul");
  await dialogue.tab("Readiness");
  const sheet = await dialogue.openItem("Will it still deal with the same interlocutors?");
  await sheet.getByRole("button", { name: "Attach as evidence" }).click();
  await toast("Continuity attached as evidence.");
  const link = sheet.getByTestId("item-evidence").getByRole("link", { name: /participants\?from=/ });
  await expect(link).toHaveAttribute(
    "href",
    new RegExp(`/participants\\?from=${workspace.heldSessionId}&to=${workspace.sessionId}#continuity$`),
  );
  await expect(sheet.getByLabel("Evidence", { exact: true })).toHaveValue(/Ri Ha-neul was replaced by Jeong Seo-jin/);
  await page.goto(
    new URL(String(await link.getAttribute("href"))).pathname + new URL(String(await link.getAttribute("href"))).search,
  );
  await expect(page.getByTestId("continuity")).toContainText("replaced by Jeong Seo-jin");

  // 5. Confirming the session is refused while the new lead is unscreened, naming who and why.
  const sessionPage = `/o/${organization.slug}/dialogues/${workspace.dialogue.id}/sessions/${workspace.sessionId}`;
  await page.goto(sessionPage);
  const edit = page.getByRole("region", { name: "Edit session" });
  await edit.getByLabel("Session status").selectOption({ label: "Confirmed" });
  await edit.getByRole("button", { name: "Save session" }).click();
  await expect(edit.locator("[id$='-status-error']")).toContainText("Jeong Seo-jin has not been screened");

  await page.goto(`${sessionPage}/participants`);
  const row = page.getByTestId("session-participant").filter({ hasText: "Jeong Seo-jin" });
  await row.getByText("Record a screening").click();
  await row.getByLabel("Result").selectOption({ label: "Clear" });
  await row.getByRole("button", { name: "Record screening" }).click();
  await toast("Screening recorded.");
  await expect(page.getByTestId("screening-gate")).toContainText("the session can be confirmed");

  await page.goto(sessionPage);
  await edit.getByLabel("Session status").selectOption({ label: "Confirmed" });
  await edit.getByRole("button", { name: "Save session" }).click();
  await toast("Session saved.");
  await expect(page.getByTestId("session").locator("[data-slot=badge]").filter({ hasText: "Confirmed" })).toBeVisible();
});
