import { createPurposeViaUi, english, expect, test, storageStateFor } from "./fixtures";

/**
 * Sales on a phone: the call list for a purpose shows who may be called on which number and why;
 * "don't call me again" records an objection at once and the contact leaves the list.
 */
const tag = Date.now().toString(36);
const key = `calls-${tag}`;

test.describe("call lists (sales, phone)", () => {
  test.use({ storageState: storageStateFor("sales"), viewport: { width: 390, height: 844 }, hasTouch: true });

  test.beforeAll(async ({ browser }) =>
    createPurposeViaUi(browser, {
      key,
      nameNl: `Belacties ${tag}`,
      nameEn: `Call campaign ${tag}`,
      noticeNl: "Wij bellen u over onze diensten.",
      noticeEn: "We call you about our services.",
    }),
  );

  test.beforeEach(async ({ page }) => english(page));

  test("shows who may be called and why; 'don't call me again' removes the contact at once", async ({ page }) => {
    for (const [first, phone] of [
      ["Dirk", "06 31234567"],
      ["Els", "06 41234567"],
    ]) {
      await page.goto("/opt-in");
      await page.getByText("New from business card").click();
      await page.getByLabel("First name").fill(first);
      await page.getByLabel("Last name").fill(`Bellen${tag}`);
      await page.getByLabel("Company name").fill(`Installatie ${tag}`);
      await page.getByLabel("Phone number").fill(phone);
      // Consent to be called is its own tick, never part of the purpose's box.
      await expect(page.getByRole("checkbox", { name: `Call campaign ${tag}`, exact: true })).not.toBeChecked();
      await page.getByRole("checkbox", { name: `You may call me about Call campaign ${tag}` }).check();
      await page.getByLabel("How").selectOption("business_card");
      await page.getByLabel("Where", { exact: true }).fill("Vakbeurs Installatie, stand 9");
      await page.getByLabel("What was said").fill("Bel me maar over jullie diensten.");
      await page.getByRole("checkbox", { name: "They actively said yes to the ticked purposes" }).check();
      await page.getByRole("button", { name: "Save opt-in" }).click();
      await expect(page.getByText("Saved: 1 consent recorded.")).toBeVisible();
    }

    await page.goto(`/calls?purpose=${key}`);
    await expect(page.getByRole("heading", { name: "Call lists" })).toBeVisible();
    const list = page.getByRole("list", { name: "Contacts you may call" });
    const dirk = list.getByRole("listitem").filter({ hasText: `Dirk Bellen${tag}` });
    const els = list.getByRole("listitem").filter({ hasText: `Els Bellen${tag}` });
    await expect(dirk).toBeVisible();
    await expect(els).toBeVisible();
    await expect(dirk.getByRole("link", { name: /Call \+31631234567/ })).toHaveAttribute("href", "tel:+31631234567");
    await expect(dirk).toContainText("Consent");

    await els.getByLabel("Outcome").selectOption("no_answer");
    await els.getByRole("button", { name: "Log call" }).click();
    await expect(els.getByText("Call logged.")).toBeVisible();

    await dirk.getByRole("button", { name: "Don't call me again" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Record objection" }).click();
    await expect(list.getByRole("listitem").filter({ hasText: `Dirk Bellen${tag}` })).toHaveCount(0);
    await expect(list.getByRole("listitem").filter({ hasText: `Els Bellen${tag}` })).toBeVisible();
    // Dirk is now left out, and the list says why.
    await page.goto(`/calls?purpose=${key}&q=${encodeURIComponent(`dirk bellen${tag}`)}`);
    await expect(page.getByTestId("call-list-summary")).toContainText("0 of 1 contacts may be called");
    await page.getByText("1 contacts may not be called").click();
    await expect(page.getByText("Objection to direct marketing: 1")).toBeVisible();
  });
});
