import type { Browser, Page } from "@playwright/test";
import { expect, expectNoA11yViolations, test, storageStateFor } from "./fixtures";

/**
 * A marketer saves a segment, reads its live count and the rules' breakdown for a purpose and
 * channel (allowed, and blocked per rule with the article), and starts a campaign from it: the
 * campaign gets a copy of the segment's filter and says where it came from.
 */
const tag = Date.now().toString(36);
const key = `segment-offers-${tag}`;
const company = `Zeefdrukkerij ${tag}`;
const english = (page: Page) =>
  page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1" }]);

async function as(browser: Browser, role: "privacy_officer" | "sales", fn: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  const page = await context.newPage();
  await english(page);
  await fn(page);
  await context.close();
}

/** A phone's width (390 px) shows the page without sideways scrolling; the size is put back after. */
async function expectFitsPhone(page: Page) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  if (size) await page.setViewportSize(size);
}

test.describe("saved segments (marketer)", () => {
  test.use({ storageState: storageStateFor("marketer") });

  test.beforeAll(async ({ browser }) => {
    await as(browser, "privacy_officer", async (page) => {
      await page.goto("/purposes");
      const form = page.getByRole("form", { name: "New purpose" });
      await form.getByLabel("Key").fill(key);
      await form.getByLabel("Name (Dutch)").fill(`Zeefdruk ${tag}`);
      await form.getByLabel("Name (English)").fill(`Screen print ${tag}`);
      await form.getByLabel("Notice text (Dutch)").fill("Wij sturen u aanbiedingen per e-mail.");
      await form.getByLabel("Notice text (English)").fill("We send you offers by e-mail.");
      await form.getByRole("button", { name: "Create purpose" }).click();
      await expect(page.getByText("The purpose was created.")).toBeVisible();
    });
    await as(browser, "sales", async (page) => {
      await page.goto("/opt-in");
      await page.getByText("New from business card").click();
      await page.getByLabel("First name").fill("Dirk");
      await page.getByLabel("Last name").fill(`Dekker${tag}`);
      await page.getByLabel("Company name").fill(company);
      await page.getByLabel("E-mail address").fill(`dirk.${tag}@zeefdruk.example`);
      await page.getByRole("checkbox", { name: `Screen print ${tag}`, exact: true }).check();
      await page.getByLabel("How").selectOption("business_card");
      await page.getByLabel("Where", { exact: true }).fill("Vakbeurs Print 2026, stand 9");
      await page.getByLabel("What was said").fill("Ja, stuur me de aanbiedingen maar.");
      await page.getByRole("checkbox", { name: "They actively said yes to the ticked purposes" }).check();
      await page.getByRole("button", { name: "Save opt-in" }).click();
      await expect(page.getByText("Saved: 1 consent recorded.")).toBeVisible();

      await page.goto("/contacts/new");
      const form = page.getByRole("form", { name: "New contact" });
      await form.getByLabel("First name").fill("Els");
      await form.getByLabel("Last name").fill(`Evers${tag}`);
      await form.getByLabel("Company name").fill(company);
      await form.getByRole("textbox", { name: "E-mail address" }).fill(`els.${tag}@zeefdruk.example`);
      await form.getByLabel("Source").selectOption("event");
      await form.getByLabel("Details").fill("Vakbeurs Print 2026");
      await form.getByRole("button", { name: "Create contact" }).click();
      await expect(page.getByRole("heading", { name: `Els Evers${tag}` })).toBeVisible();
    });
  });

  test.beforeEach(async ({ page }) => english(page));

  test("saves a segment, reads its count and breakdown, and starts a campaign from it", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Segments" }).click();
    await page.getByRole("link", { name: "New segment" }).first().click();
    const form = page.getByRole("form", { name: "New segment" });
    await expectNoA11yViolations(page);
    await expectFitsPhone(page);
    await form.getByLabel("Name", { exact: true }).fill(`Print trade ${tag}`);
    await form.getByLabel("Company name contains").fill(company);
    await form.getByRole("button", { name: "Save segment" }).click();

    await expect(page.getByRole("heading", { name: `Print trade ${tag}` })).toBeVisible();
    await expect(page.getByTestId("segment-count")).toHaveText("2");
    await page.getByLabel("Purpose", { exact: true }).selectOption({ label: `Screen print ${tag}` });
    await page.getByLabel("Channel").selectOption("email");
    await page.getByRole("button", { name: "Show" }).click();
    const preview = page.getByTestId("audience-preview");
    await expect(preview.getByTestId("preview-in")).toHaveText("1");
    await expect(preview.getByTestId("preview-out")).toHaveText("1");
    await expect(preview.getByTestId("excluded-no_consent")).toContainText("Tw art. 11.7 lid 1");
    await expectNoA11yViolations(page);
    await expectFitsPhone(page);

    await page.getByRole("link", { name: "Use in a campaign" }).click();
    const campaign = page.getByRole("form", { name: "New campaign" });
    await expect(campaign.getByLabel("Use a saved segment")).toHaveValue(/[0-9a-f-]{36}/);
    await expect(campaign.getByLabel("Company name contains")).toHaveValue(company);
    await expect(campaign.getByLabel("Company name contains")).toBeDisabled();
    await campaign.getByLabel("Name", { exact: true }).fill(`From segment ${tag}`);
    await campaign.getByLabel("Purpose", { exact: true }).selectOption({ label: `Screen print ${tag}` });
    await campaign.getByLabel("Subject", { exact: true }).fill(`Screen print offers ${tag}`);
    await campaign.getByLabel("Text", { exact: true }).fill("Dear customer,\n\nOur offers are here.");
    await campaign.getByRole("button", { name: "Save campaign" }).click();

    await expect(page.getByRole("heading", { name: `From segment ${tag}` })).toBeVisible();
    await expect(page.getByTestId("campaign-segment")).toHaveText(`Audience copied from segment: Print trade ${tag}`);
    await expect(page.getByTestId("preview-total")).toHaveText("2");
    await expect(page.getByTestId("preview-in")).toHaveText("1");
  });
});
