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

  async tab(name: "Overview" | "Readiness" | "Formats" | "Themes" | "Sessions" | "History") {
    await this.page.getByRole("navigation", { name: "Dialogue" }).getByRole("link", { name, exact: true }).click();
    await this.page.waitForURL(name === "Overview" ? /\/dialogues\/[^/]+$/ : new RegExp(`/${name.toLowerCase()}$`));
    // Both navigations say where the reader is: this tab, inside the organization's Dialogues.
    const tabs = this.page.getByRole("navigation", { name: "Dialogue" });
    await expect(tabs.getByRole("link", { name, exact: true })).toHaveAttribute("aria-current", "page");
    await expect(tabs.locator('[aria-current="page"]')).toHaveCount(1);
    const organization = this.page.getByRole("navigation", { name: "Organization" });
    await expect(organization.getByRole("link", { name: "Dialogues" })).toHaveAttribute("aria-current", "page");
  }

  /** The checklist card of one question. */
  checklistItem(question: string): Locator {
    return this.page.getByTestId("checklist-item").filter({ has: this.page.getByRole("heading", { name: question }) });
  }

  async answer(
    question: string,
    values: {
      status: keyof typeof checklistStatusLabels;
      confidence?: keyof typeof confidenceLabels;
      answer?: string;
      evidence?: string;
    },
  ) {
    const item = this.checklistItem(question);
    await item.getByLabel("Status").selectOption(values.status);
    if (values.confidence) await item.getByLabel("Confidence").selectOption(values.confidence);
    if (values.answer !== undefined) await item.getByLabel("Answer").fill(values.answer);
    if (values.evidence !== undefined) await item.getByLabel("Evidence", { exact: true }).fill(values.evidence);
    await item.getByRole("button", { name: "Save answer" }).click();
    await expect(item.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
    // The page re-renders after the save; wait for it, so the score read next is the new one.
    const summary =
      checklistStatusLabels[values.status] +
      (values.confidence ? ` · ${confidenceLabels[values.confidence]} confidence` : "");
    await expect(item.getByTestId("item-summary")).toContainText(summary);
  }

  async recordReview(decision: "GO" | "NOT_YET" | "NO_GO", rationale: string) {
    await this.page.getByLabel("Decision").selectOption(decision);
    await this.page.getByLabel("Rationale").fill(rationale);
    const rows = await this.page.getByTestId("review-row").count();
    await this.page.getByRole("button", { name: "Record review" }).click();
    await expect(this.page.getByTestId("review-row")).toHaveCount(rows + 1);
    // The form empties after a review, so a second click cannot record it twice.
    await expect(this.page.getByLabel("Rationale")).toHaveValue("");
  }
}
