import type { Page } from "@playwright/test";
import {
  asRole,
  createContactViaUi,
  english,
  expect,
  expectFitsPhone,
  expectNoA11yViolations,
  test,
  storageStateFor,
} from "./fixtures";

/**
 * A marketer selects two contacts on the contacts list, tags them, filters the list by the tag and
 * saves a segment narrowed to it; a sales user tags a contact for a call list and opens /calls for
 * that tag, where the rules engine still decides every contact.
 */
const run = Date.now().toString(36);
const lastName = `Tagger${run}`;
const tagName = `Fair ${run}`;
const createContact = (page: Page, first: string) =>
  createContactViaUi(page, {
    first,
    last: lastName,
    company: `Labeldruk ${run}`,
    email: `${first.toLowerCase()}.${run}@labeldruk.example`,
    details: "Vakbeurs Label 2026",
  });

test.describe("tags and bulk actions", () => {
  test.describe.configure({ mode: "serial" });

  test.beforeAll(async ({ browser }) => {
    await asRole(browser, "sales", async (page) => {
      await createContact(page, "Tom");
      await createContact(page, "Tina");
    });
  });

  test.describe("marketer", () => {
    test.use({ storageState: storageStateFor("marketer") });
    test.beforeEach(async ({ page }) => english(page));

    test("tags two contacts, filters by the tag and saves a segment with it", async ({ page }) => {
      await page.goto(`/contacts?q=${lastName}`);
      await expect(page.getByTestId("contact-row")).toHaveCount(2);
      await page.getByRole("checkbox", { name: `Select Tom ${lastName}` }).check();
      await page.getByRole("checkbox", { name: `Select Tina ${lastName}` }).check();
      const bar = page.getByRole("region", { name: "Actions for the selection" });
      await expect(bar.getByRole("status")).toHaveText("2 contacts selected");
      await expectNoA11yViolations(page);
      await expectFitsPhone(page);
      await bar.getByLabel("Tag (existing or new)").fill(tagName);
      await bar.getByRole("button", { name: "Add tag" }).click();
      await expect(bar).toContainText("2 contacts added");
      await expect(page.getByTestId("contact-tags").filter({ hasText: tagName })).toHaveCount(2);

      await page.goto("/contacts");
      await page.getByText("Filters and sorting").click();
      await page.getByRole("combobox", { name: "Tag", exact: true }).selectOption({ label: tagName });
      await page.getByRole("button", { name: "Search", exact: true }).click();
      await expect(page.getByTestId("contact-row")).toHaveCount(2);
      await expectNoA11yViolations(page);
      await expectFitsPhone(page);

      await page.goto("/segments/new");
      const form = page.getByRole("form", { name: "New segment" });
      await form.getByLabel("Name", { exact: true }).fill(`Tagged ${run}`);
      await form.getByRole("checkbox", { name: tagName }).check();
      await expectNoA11yViolations(page);
      await form.getByRole("button", { name: "Save segment" }).click();
      await expect(page.getByRole("heading", { name: `Tagged ${run}` })).toBeVisible();
      await expect(page.getByTestId("segment-count")).toHaveText("2");

      // The tag's colour, chosen by name on the tags page (not by colour alone).
      await page.goto("/contacts/tags");
      const row = page.getByTestId("tag-row").filter({ hasText: tagName });
      await row.getByRole("radio", { name: "Green" }).check();
      await row.getByRole("button", { name: "Save colour" }).click();
      await expect(row.getByRole("status")).toHaveText("Colour saved.");
      await expect(row.getByRole("radio", { name: "Green" })).toBeChecked();
      await expectNoA11yViolations(page);
      await expectFitsPhone(page);
    });
  });

  test.describe("sales", () => {
    test.use({ storageState: storageStateFor("sales") });
    test.beforeEach(async ({ page }) => english(page));

    test("puts a contact on a call list by tag and opens it", async ({ page }) => {
      await page.goto(`/contacts?q=${lastName}`);
      await page.getByRole("checkbox", { name: `Select Tom ${lastName}` }).check();
      const bar = page.getByRole("region", { name: "Actions for the selection" });
      await bar.getByLabel("Tag (existing or new)").fill(`Call ${run}`);
      await bar.getByRole("button", { name: "Add to a call list" }).click();
      await expect(bar).toContainText("1 contact added");
      await bar.getByRole("link", { name: "Open as call list" }).click();
      await expect(page).toHaveURL(/\/calls\?tag=/);
      await expect(page.getByTestId("call-list-tag")).toContainText(`Only contacts tagged “Call ${run}”`);
      await expectNoA11yViolations(page);
      await expectFitsPhone(page);
    });
  });
});
