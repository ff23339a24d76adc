import {
  asRole,
  createContactViaUi,
  createPurposeViaUi,
  english,
  expect,
  expectFitsPhone,
  expectNoA11yViolations,
  fillCampaignForm,
  logOptInViaUi,
  test,
  storageStateFor,
} from "./fixtures";

/**
 * A marketer saves a segment, reads its live count and the rules' breakdown for a purpose and
 * channel (allowed, and blocked per rule with the article), and starts a campaign from it: the
 * campaign gets a copy of the segment's filter and says where it came from.
 */
const tag = Date.now().toString(36);
const key = `segment-offers-${tag}`;
const company = `Zeefdrukkerij ${tag}`;
test.describe("saved segments (marketer)", () => {
  test.use({ storageState: storageStateFor("marketer") });

  test.beforeAll(async ({ browser }) => {
    await createPurposeViaUi(browser, {
      key,
      nameNl: `Zeefdruk ${tag}`,
      nameEn: `Screen print ${tag}`,
      noticeNl: "Wij sturen u aanbiedingen per e-mail.",
      noticeEn: "We send you offers by e-mail.",
      phone: false,
    });
    await asRole(browser, "sales", async (page) => {
      await logOptInViaUi(page, {
        first: "Dirk",
        last: `Dekker${tag}`,
        company,
        email: `dirk.${tag}@zeefdruk.example`,
        purpose: `Screen print ${tag}`,
        where: "Vakbeurs Print 2026, stand 9",
        said: "Ja, stuur me de aanbiedingen maar.",
      });
      await createContactViaUi(page, {
        first: "Els",
        last: `Evers${tag}`,
        company,
        email: `els.${tag}@zeefdruk.example`,
        details: "Vakbeurs Print 2026",
      });
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
    await fillCampaignForm(campaign, {
      name: `From segment ${tag}`,
      purpose: `Screen print ${tag}`,
      subject: `Screen print offers ${tag}`,
      text: "Dear customer,\n\nOur offers are here.",
    });
    await campaign.getByRole("button", { name: "Save campaign" }).click();

    await expect(page.getByRole("heading", { name: `From segment ${tag}` })).toBeVisible();
    await expect(page.getByTestId("campaign-segment")).toHaveText(`Audience copied from segment: Print trade ${tag}`);
    await expect(page.getByTestId("preview-total")).toHaveText("2");
    await expect(page.getByTestId("preview-in")).toHaveText("1");
  });
});
