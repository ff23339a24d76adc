import { readFile } from "node:fs/promises";
import { asRole, createContactViaUi, createPurposeViaUi, english, expect, storageStateFor, test } from "./fixtures";

/**
 * A marketer makes the address file for an addressed mailing: every contact in the audience is
 * decided for the purpose on the post channel (addressed post on legitimate interest, AVG art. 6
 * lid 1 sub f), and only those allowed go into the file, with the decisions kept for the report.
 */
const tag = Date.now().toString(36);
const company = `Drukwerk Mailing ${tag}`;
const purposeName = `Catalogue ${tag}`;

test.describe("postal mailings (marketer)", () => {
  test.use({ storageState: storageStateFor("marketer") });

  test.beforeAll(async ({ browser }) => {
    await createPurposeViaUi(browser, {
      key: `catalogue-${tag}`,
      nameNl: `Catalogus ${tag}`,
      nameEn: purposeName,
      noticeNl: "Wij sturen u eens per jaar onze catalogus per post.",
      noticeEn: "Once a year we post you our catalogue.",
      phone: false,
      post: true,
    });
    await asRole(browser, "sales", async (page) => {
      await createContactViaUi(page, {
        first: "Gijs",
        last: `Gerritsen${tag}`,
        company,
        email: `gijs.${tag}@drukwerk.example`,
        details: "Vakbeurs Print 2026",
        address: { street: "Drukkersweg 12", postalCode: "3511 AB", city: "Utrecht" },
      });
      // No postal address: the rules leave this one out, and say why.
      await createContactViaUi(page, {
        first: "Hanna",
        last: `Hendriks${tag}`,
        company,
        email: `hanna.${tag}@drukwerk.example`,
        details: "Vakbeurs Print 2026",
      });
    });
  });

  test.beforeEach(async ({ page }) => english(page));

  test("decides the address file for a purpose, downloads it and reads the decisions", async ({ page }) => {
    await page.goto("/mailings");
    const form = page.getByRole("form", { name: "New mailing" });
    await form.getByLabel("Name", { exact: true }).fill(`Catalogue mailing ${tag}`);
    await form.getByLabel("Purpose", { exact: true }).selectOption({ label: purposeName });
    await form.getByText("Filters (optional)").click();
    await form.getByLabel("Company name contains").fill(company);
    await form.getByRole("button", { name: "Decide addresses" }).click();
    await expect(page.getByText("1 address in the file, 1 excluded.")).toBeVisible();

    const row = page.locator('[data-testid^="mailing-"]', { hasText: `Catalogue mailing ${tag}` });
    await expect(row).toContainText("1 address · 1 excluded");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      row.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv).toContain(`Gerritsen${tag}`);
    expect(csv).toContain("Drukkersweg 12");
    expect(csv).not.toContain(`Hendriks${tag}`);

    // Every decision is kept, with the rule and the article, for the accountability file.
    await row.getByRole("link", { name: "Decisions" }).click();
    await expect(page.getByText(`Hendriks${tag}`)).toBeVisible();
    await expect(page.getByText(`Gerritsen${tag}`)).toBeVisible();
  });
});
