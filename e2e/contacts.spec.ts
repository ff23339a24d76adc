import { createPurposeViaUi, english, expect, test, storageStateFor } from "./fixtures";
import type { Page } from "@playwright/test";

/**
 * The contacts list and the contact page: creating a contact with provenance, finding it by name,
 * e-mail and phone, and the privacy officer's small confirmable actions with their timeline entries.
 */
const tag = Date.now().toString(36);

async function confirm(page: Page, section: string, button: string) {
  const box = page.getByTestId(section);
  await box.getByRole("button", { name: button }).click();
  await page.getByRole("dialog").getByRole("button", { name: button }).click();
  await expect(box.getByText("Recorded.")).toBeVisible();
}

test.describe("contacts (sales)", () => {
  test.use({ storageState: storageStateFor("sales") });
  test.beforeEach(async ({ page }) => english(page));

  test("creates a contact with provenance, fixing a bad KvK number, then finds it by name, e-mail and phone", async ({
    page,
  }) => {
    await page.goto("/contacts");
    await page.getByRole("link", { name: "New contact" }).click();
    const form = page.getByRole("form", { name: "New contact" });
    await form.getByLabel("First name").fill("Eva");
    await form.getByLabel("Last name").fill(`Smit${tag}`);
    await form.getByLabel("Company name").fill(`Smederij ${tag}`);
    await form.getByLabel("Legal form").selectOption("vof");
    await form.getByLabel("KvK number").fill("1234");
    await form.getByRole("textbox", { name: "E-mail address" }).fill(`eva.${tag}@smederij.example`);
    await form.getByRole("textbox", { name: "Phone number" }).fill("06 23456789");
    await form.getByLabel("Source").selectOption("event");
    await form.getByLabel("Details").fill("Vakbeurs Metaal 2026");
    await form.getByRole("button", { name: "Create contact" }).click();
    await expect(form.getByText("A KvK number has exactly 8 digits.")).toBeVisible();
    await form.getByLabel("KvK number").fill("8765 4321");
    await form.getByRole("button", { name: "Create contact" }).click();
    await expect(page.getByRole("heading", { name: `Eva Smit${tag}` })).toBeVisible();
    await expect(page.getByText("+31623456789")).toBeVisible();
    await expect(page.getByText("Vakbeurs Metaal 2026")).toBeVisible();

    for (const q of [`smit${tag}`, `eva.${tag}@`, `smederij ${tag}`]) {
      await page.goto(`/contacts?q=${encodeURIComponent(q)}`);
      await expect(page.getByTestId("contact-row")).toHaveCount(1);
      await expect(page.getByTestId("contact-row")).toContainText(`Eva Smit${tag}`);
    }
    await page.goto("/contacts");
    await page.getByRole("searchbox", { name: "Search contacts" }).fill("06 2345 6789");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByTestId("contact-row").filter({ hasText: `Eva Smit${tag}` })).toHaveCount(1);
  });
});

test.describe("contact page actions (privacy officer)", () => {
  test.use({ storageState: storageStateFor("privacy_officer") });
  const key = `offers-${tag}`;

  test.beforeAll(async ({ browser }) =>
    createPurposeViaUi(browser, {
      key,
      nameNl: `Aanbiedingen ${tag}`,
      nameEn: `Offers ${tag}`,
      noticeNl: "Wij sturen u aanbiedingen per e-mail en bellen u soms.",
      noticeEn: "We send you offers by e-mail and sometimes call you.",
    }),
  );
  test.beforeEach(async ({ page }) => english(page));

  test("withdraws per channel, objects, restricts and lifts, adds a customer relationship and a basis, and invalidates a consent", async ({
    page,
  }) => {
    // A consent to start from, logged through the opt-in screen.
    await page.goto("/opt-in");
    await page.getByText("New from business card").click();
    await page.getByLabel("First name").fill("Bram");
    await page.getByLabel("Last name").fill(`Kok${tag}`);
    await page.getByLabel("Company name").fill(`Keukens ${tag}`);
    await page.getByLabel("E-mail address").fill(`bram.${tag}@keukens.example`);
    await page.getByRole("checkbox", { name: `Offers ${tag}`, exact: true }).check();
    // "Bellen mag ook": calls are their own tick, recorded as a consent of their own.
    await page.getByRole("checkbox", { name: `You may call me about Offers ${tag}` }).check();
    await page.getByLabel("Where", { exact: true }).fill("Showroom Keukens, Zwolle");
    await page.getByLabel("What was said").fill("Stuur me de aanbiedingen maar, en bellen mag ook.");
    await page.getByRole("checkbox", { name: "They actively said yes to the ticked purposes" }).check();
    await page.getByRole("button", { name: "Save opt-in" }).click();
    await page.getByRole("link", { name: "Open the contact" }).click();
    const state = page.getByTestId(`consent-state-${key}`);
    await expect(state).toContainText("E-mail: given");
    await expect(state).toContainText("Phone: given");

    await page.getByTestId("action-withdraw").locator("summary", { hasText: "Withdraw consent" }).click();
    await page.getByTestId("action-withdraw").getByLabel("Purpose").selectOption(key);
    await page.getByTestId("action-withdraw").getByRole("checkbox", { name: "Phone" }).check();
    await confirm(page, "action-withdraw", "Withdraw");
    await expect(state).toContainText("Phone: withdrawn");
    await expect(state).toContainText("E-mail: given");

    await page.getByTestId("action-objection").locator("summary", { hasText: "Record an objection" }).click();
    await page.getByTestId("action-objection").getByLabel("Objection to").selectOption("profiling");
    await confirm(page, "action-objection", "Record objection");
    await expect(page.getByTestId("timeline-objection")).toContainText("Objection to profiling");

    await page.getByTestId("action-restriction").locator("summary", { hasText: "Restrict processing" }).click();
    await page
      .getByTestId("action-restriction")
      .getByLabel("Reason")
      .fill("Contests the accuracy of his data (art. 18(1)(a)).");
    await confirm(page, "action-restriction", "Restrict");
    await expect(page.getByText(/Processing is restricted/)).toBeVisible();
    await page.getByTestId("action-restriction").locator("summary", { hasText: "Lift the restriction" }).click();
    await page.getByTestId("action-restriction").getByLabel("Reason").fill("Data checked and found correct.");
    await confirm(page, "action-restriction", "Lift");
    await expect(page.getByText(/Processing is restricted/)).toHaveCount(0);
    await expect(page.getByTestId("timeline-restriction_lifted")).toContainText("Data checked and found correct.");

    await page
      .getByTestId("action-relationship")
      .locator("summary", { hasText: "Add a customer relationship" })
      .click();
    await page.getByTestId("action-relationship").getByLabel("Customer since").fill("2024-02-01");
    await page.getByTestId("action-relationship").getByLabel("Products or services").fill("Keukenontwerp, Montage");
    await page
      .getByTestId("action-relationship")
      .getByRole("checkbox", { name: /opt-out was offered/ })
      .check();
    // A sale unless said otherwise: a free trial would be unticked here.
    await expect(
      page.getByTestId("action-relationship").getByRole("checkbox", { name: /Something was paid/ }),
    ).toBeChecked();
    await confirm(page, "action-relationship", "Add");
    await expect(page.getByTestId("timeline-customer_relationship")).toContainText("Keukenontwerp, Montage");

    await page.getByTestId("action-legal-basis").locator("summary", { hasText: "Record a legal basis" }).click();
    // Other journeys create purposes too: name ours instead of relying on the first in the list.
    await page.getByTestId("action-legal-basis").getByLabel("Purpose").selectOption(key);
    await page.getByTestId("action-legal-basis").getByLabel("Legal basis", { exact: true }).selectOption("contract");
    await page.getByTestId("action-legal-basis").getByRole("button", { name: "Record" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Record" }).click();
    await expect(page.getByTestId("action-legal-basis")).toContainText(
      "Direct marketing is not necessary for a contract",
    );
    await page.getByTestId("action-legal-basis").getByLabel("Legal basis", { exact: true }).selectOption("consent");
    await confirm(page, "action-legal-basis", "Record");
    await expect(page.getByTestId("timeline-legal_basis")).toContainText("Consent (art. 6(1)(a))");

    // The e-mail grant (calls were given on their own record, withdrawn above).
    const grant = page
      .getByTestId("timeline-consent")
      .filter({ hasText: "Consent given" })
      .filter({ hasNotText: "Phone" });
    await grant.locator("summary", { hasText: "Correct this record" }).click();
    await grant.getByLabel("Reason for the correction").fill("The card was handed over by a colleague, not by him.");
    await grant.getByRole("checkbox", { name: /never valid consent/ }).check();
    await grant.getByRole("button", { name: "Record correction" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Record correction" }).click();
    await expect(page.getByText("Invalidated")).toBeVisible();
    await expect(page.getByText("Corrected later")).toBeVisible();
    await expect(state).toContainText("E-mail: none");
  });
});

test.describe("contacts are read-only for marketers", () => {
  test.use({ storageState: storageStateFor("marketer") });
  test.beforeEach(async ({ page }) => english(page));

  test("sees the list and a contact, but no actions, and cannot open the opt-in or new-contact screens", async ({
    page,
    browser,
  }) => {
    // A contact of this test's own, made by sales, rather than whichever another journey left.
    const lastName = `Lezer${tag}`;
    const sales = await browser.newContext({ storageState: storageStateFor("sales") });
    const salesPage = await sales.newPage();
    await english(salesPage);
    await salesPage.goto("/contacts/new");
    const form = salesPage.getByRole("form", { name: "New contact" });
    await form.getByLabel("First name").fill("Mia");
    await form.getByLabel("Last name").fill(lastName);
    await form.getByLabel("Company name").fill(`Leesclub ${tag}`);
    await form.getByRole("textbox", { name: "E-mail address" }).fill(`mia.${tag}@leesclub.example`);
    await form.getByLabel("Source").selectOption("event");
    await form.getByLabel("Details").fill("Vakbeurs 2026");
    await form.getByRole("button", { name: "Create contact" }).click();
    await expect(salesPage.getByRole("heading", { name: `Mia ${lastName}` })).toBeVisible();
    await sales.close();

    await page.goto(`/contacts?q=${lastName}`);
    await expect(page.getByRole("heading", { name: "Contacts", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "Log an opt-in" })).toHaveCount(0);
    await expect(page.getByTestId("contact-row")).toHaveCount(1);
    await page.getByTestId("contact-row").getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: `Mia ${lastName}` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "History of consent and objections" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Record", exact: true })).toHaveCount(0);
    await expect(page.getByText("Correct this record", { exact: true })).toHaveCount(0);
    expect((await page.goto("/opt-in"))?.status()).toBe(403);
    expect((await page.goto("/contacts/new"))?.status()).toBe(403);
  });
});
