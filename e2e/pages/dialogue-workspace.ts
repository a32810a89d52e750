import { expect, type Locator, type Page } from "@playwright/test";
import { checklistStatusLabels, confidenceLabels } from "../../lib/labels";

/** A dialogue's workspace, tab by tab, in the words the UI uses. */
export class DialogueWorkspace {
  constructor(readonly page: Page) {}

  static async create(page: Page, slug: string, fields: { title: string; counterpart: string }) {
    await page.goto(`/o/${slug}/dialogues/new`);
    await page.getByLabel("Title").fill(fields.title);
    await page.getByLabel("Counterpart (country or party)").fill(fields.counterpart);
    await page.getByLabel("Status").selectOption("PLANNING");
    await page.getByRole("button", { name: "Create dialogue" }).click();
    await expect(page.getByRole("heading", { level: 2, name: fields.title })).toBeVisible();
    return new DialogueWorkspace(page);
  }

  async tab(
    name: "Overview" | "Readiness" | "Formats" | "Themes" | "Sessions" | "Participants" | "Conditions" | "History",
  ) {
    await this.page.getByRole("navigation", { name: "Dialogue" }).getByRole("link", { name, exact: true }).click();
    await this.page.waitForURL(name === "Overview" ? /\/dialogues\/[^/]+$/ : new RegExp(`/${name.toLowerCase()}$`));
    // Both navigations say where the reader is: this tab, inside the organization's Dialogues.
    const tabs = this.page.getByRole("navigation", { name: "Dialogue" });
    await expect(tabs.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(tabs.locator('[aria-current="page"]')).toHaveCount(1);
    const organization = this.page.getByRole("navigation", { name: "Organization" });
    await expect(organization.getByRole("link", { name: "Dialogues" })).toHaveAttribute("aria-current", "page");
  }

  /** The checklist row of one question. */
  checklistItem(question: string): Locator {
    return this.page
      .getByTestId("checklist-item")
      .filter({ has: this.page.getByRole("link", { name: question, exact: true }) });
  }

  /** Opens one item in the side sheet (its address gains ?item=) and returns the sheet. */
  async openItem(question: string): Promise<Locator> {
    await this.checklistItem(question).getByRole("link", { name: question, exact: true }).click();
    await this.page.waitForURL(/[?&]item=/);
    const sheet = this.page.getByRole("dialog", { name: question });
    await expect(sheet).toBeVisible();
    return sheet;
  }

  /** Closes the sheet with Escape, back to the list. */
  async closeItem() {
    await this.page.keyboard.press("Escape");
    await expect(this.page.getByRole("dialog")).toHaveCount(0);
    await this.page.waitForURL((url) => !url.searchParams.has("item"));
  }

  /** The toast that confirms an action (the latest, as an earlier one may still be showing). */
  async expectToast(text: string) {
    await expect(this.page.locator("[data-sonner-toast]").filter({ hasText: text }).last()).toBeVisible();
  }

  async answer(
    question: string,
    values: {
      status: keyof typeof checklistStatusLabels;
      confidence?: keyof typeof confidenceLabels;
      answer?: string;
      evidence?: string;
      /** The assignee's name. */
      assignee?: string;
    },
  ) {
    const sheet = await this.openItem(question);
    await sheet.getByLabel("Status").selectOption(values.status);
    if (values.assignee) await sheet.getByLabel("Assignee").selectOption({ label: values.assignee });
    if (values.confidence) await sheet.getByLabel("Confidence").selectOption(values.confidence);
    if (values.answer !== undefined) await sheet.getByLabel("Answer").fill(values.answer);
    if (values.evidence !== undefined) await sheet.getByLabel("Evidence", { exact: true }).fill(values.evidence);
    await sheet.getByRole("button", { name: "Save answer" }).click();
    await this.expectToast("Answer saved.");
    await this.closeItem();
    // The list re-renders after the save; wait for it, so the score read next is the new one.
    const row = this.checklistItem(question);
    await expect(row.getByTestId("item-status")).toHaveText(checklistStatusLabels[values.status]);
    if (values.confidence)
      await expect(row.getByTestId("item-confidence")).toHaveText(confidenceLabels[values.confidence]);
  }

  async recordReview(decision: "GO" | "NOT_YET" | "NO_GO", rationale: string) {
    const tabs = this.page.getByRole("navigation", { name: "Readiness" });
    await tabs.getByRole("link", { name: /^Reviews/ }).click();
    await expect(tabs.getByRole("link", { name: /^Reviews/ })).toHaveAttribute("aria-current", "page");
    await this.page.getByLabel("Decision").selectOption(decision);
    await this.page.getByLabel("Rationale").fill(rationale);
    const rows = await this.page.getByTestId("review-row").count();
    await this.page.getByRole("button", { name: "Record review" }).click();
    await expect(this.page.getByTestId("review-row")).toHaveCount(rows + 1);
    await this.expectToast("Review recorded.");
    // The form empties after a review, so a second click cannot record it twice.
    await expect(this.page.getByLabel("Rationale")).toHaveValue("");
  }

  async checklistTab() {
    await this.page
      .getByRole("navigation", { name: "Readiness" })
      .getByRole("link", { name: /^Checklist/ })
      .click();
    await expect(this.page.getByTestId("checklist-item").first()).toBeVisible();
  }
}
