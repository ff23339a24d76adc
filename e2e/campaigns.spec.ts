import type { Page } from "@playwright/test";
import { createTokenSigner } from "../src/server/tokens/signed-token";
import { signUnsubscribeToken } from "../src/server/tokens/unsubscribe-token";
import {
  asRole,
  createContactViaUi,
  createPurposeViaUi,
  english,
  expect,
  fillCampaignForm,
  logOptInViaUi,
  test,
  storageStateFor,
  USERS,
} from "./fixtures";

/** The AUTH_SECRET scripts/e2e-server.mjs starts the app with. */
const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-0123456789";

/**
 * A marketer builds a campaign, previews who is in and who is out (exclusions grouped by rule),
 * sends a test to herself, sends, watches the background send finish and reads the report. The
 * contacts come in the way they do in real life: opt-ins logged by sales, and a contact without.
 */
const tag = Date.now().toString(36);
const key = `offers-${tag}`;
const company = `Drukkerij ${tag}`;
let unsubscribeUrl = "";
const logOptIn = (page: Page, first: string, last: string) =>
  logOptInViaUi(page, {
    first,
    last,
    company,
    email: `${first.toLowerCase()}.${tag}@drukkerij.example`,
    purpose: `Offers ${tag}`,
    where: "Vakbeurs Print 2026, stand 4",
    said: "Ja, stuur me de aanbiedingen maar.",
  });

test.describe("e-mail campaigns (marketer)", () => {
  test.use({ storageState: storageStateFor("marketer") });
  // The recipient's journey starts from the mail the marketer's journey sent: declared serial, so
  // the two always run together and in this order, and when the first fails the second is reported
  // as not run (which `npm test` counts as a failure) instead of failing on a missing link.
  test.describe.configure({ mode: "serial" });

  test.beforeAll(async ({ browser }) => {
    await createPurposeViaUi(browser, {
      key,
      nameNl: `Aanbiedingen ${tag}`,
      nameEn: `Offers ${tag}`,
      noticeNl: "Wij sturen u aanbiedingen per e-mail.",
      noticeEn: "We send you offers by e-mail.",
      phone: false,
    });
    await asRole(browser, "sales", async (page) => {
      await logOptIn(page, "Anna", `Jansen${tag}`);
      await logOptIn(page, "Bram", `Bakker${tag}`);
      await createContactViaUi(page, {
        first: "Cor",
        last: `Claassen${tag}`,
        company,
        email: `cor.${tag}@drukkerij.example`,
        details: "Vakbeurs Print 2026",
      });
    });
  });

  test.beforeEach(async ({ page }) => english(page));

  test("builds, previews with grouped exclusions, tests, sends and reads the report", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Campaigns" }).click();
    await page.getByRole("link", { name: "New campaign" }).click();
    const form = page.getByRole("form", { name: "New campaign" });
    await fillCampaignForm(form, {
      name: `Spring ${tag}`,
      purpose: `Offers ${tag}`,
      subject: `Spring offers ${tag}`,
      text: "Dear customer,\n\nOur spring offers are here.",
      company,
    });
    await form.getByRole("button", { name: "Save campaign" }).click();

    await expect(page.getByRole("heading", { name: `Spring ${tag}` })).toBeVisible();
    const preview = page.getByTestId("audience-preview");
    await expect(preview.getByTestId("preview-total")).toHaveText("3");
    await expect(preview.getByTestId("preview-in")).toHaveText("2");
    await expect(preview.getByTestId("preview-out")).toHaveText("1");
    await expect(preview.getByTestId("excluded-no_consent")).toContainText("No consent");
    await expect(preview.getByTestId("excluded-no_consent")).toContainText("Tw art. 11.7 lid 1");

    await page.getByRole("button", { name: "Send test to myself" }).click();
    await expect(page.getByText(`Test message sent to ${USERS.marketer.email}`)).toBeVisible();

    await page.getByRole("button", { name: "Send (2)" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Yes, send" }).click();
    const progress = page.getByTestId("campaign-progress");
    await expect(progress).toBeVisible();
    await expect(progress.getByTestId("count-sent")).toHaveText("2", { timeout: 30_000 });
    await expect(progress.getByTestId("count-blocked")).toHaveText("1");
    await expect(progress).toContainText("Sent");

    await page.getByRole("link", { name: "Report" }).click();
    await expect(page.getByRole("heading", { name: `Report: Spring ${tag}` })).toBeVisible();
    const table = page.getByRole("table", { name: "Campaign report" });
    await expect(table.getByRole("row")).toHaveCount(4);
    await expect(table.getByRole("row", { name: new RegExp(`Cor Claassen${tag}`) })).toContainText("Blocked");
    await expect(table.getByRole("row", { name: new RegExp(`Cor Claassen${tag}`) })).toContainText("No consent");
    await expect(table.getByRole("row", { name: new RegExp(`Anna Jansen${tag}`) })).toContainText("Sent");
    await expect(table.getByRole("row", { name: new RegExp(`Anna Jansen${tag}`) })).toContainText("Consent");

    await page.getByRole("combobox", { name: "Status" }).selectOption("blocked");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(table.getByRole("row")).toHaveCount(2);

    // No SMTP in this installation: the mails are kept in the outbox, with one-click unsubscribe.
    await page.goto("/outbox");
    await page
      .getByRole("link", { name: `Spring offers ${tag}`, exact: true })
      .first()
      .click();
    await expect(page.getByText("List-Unsubscribe-Post")).toBeVisible();
    await expect(page.getByText("List-Unsubscribe=One-Click")).toBeVisible();
    // Staff see where the link is, never the recipient's token (they could act as the person).
    const text = await page.getByTestId("outbox-text").innerText();
    expect(text).toContain("/u/[redacted]");
    expect(text).not.toMatch(/\/u\/v1\./);
    // The journey continues as the recipient, with the link their mail carried: signed with the
    // e2e server's AUTH_SECRET for Anna and this purpose, exactly as the send gate signs it.
    await page.goto(`/contacts?q=${encodeURIComponent(`Jansen${tag}`)}`);
    await page
      .getByRole("link", { name: new RegExp(`Anna Jansen${tag}`) })
      .first()
      .click();
    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
    const contactId = new URL(page.url()).pathname.split("/").pop()!;
    const token = signUnsubscribeToken(createTokenSigner(E2E_AUTH_SECRET), { c: contactId, p: key, ch: "email" });
    unsubscribeUrl = new URL(`/u/${token}`, page.url()).toString();
  });

  test("the recipient unsubscribes from the link in the mail, without signing in, and also objects", async ({
    browser,
  }) => {
    expect(unsubscribeUrl).toBeTruthy();
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await english(page);
    await page.goto(unsubscribeUrl);
    await expect(page).toHaveURL(/\/u\/v1\.[\w.-]+\/confirm$/);
    await expect(page.getByRole("heading", { name: "Unsubscribe" })).toBeVisible();
    await page.getByRole("button", { name: "Yes, unsubscribe me" }).click();
    await expect(page.getByText(`You are unsubscribed from “Offers ${tag}”`)).toBeVisible();
    await page.getByRole("button", { name: "Object to all direct marketing" }).click();
    await expect(page.getByText("Your objection to direct marketing has been recorded.")).toBeVisible();
    // A tampered link is refused: one character changed in the middle of the signature (the last
    // character carries unused bits, so changing it may leave the same bytes).
    const [, signature] = /\.([\w-]+)$/.exec(unsubscribeUrl)!;
    const middle = unsubscribeUrl.length - signature.length + Math.floor(signature.length / 2);
    const changed = unsubscribeUrl[middle] === "Q" ? "R" : "Q";
    const tampered = unsubscribeUrl.slice(0, middle) + changed + unsubscribeUrl.slice(middle + 1);
    expect(tampered).not.toBe(unsubscribeUrl);
    await page.goto(tampered + "/confirm");
    await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
    await context.close();
  });
});

test.describe("campaigns are not for sales", () => {
  test.use({ storageState: storageStateFor("sales") });

  test("a sales user has no campaigns link and is refused by URL", async ({ page }) => {
    await english(page);
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Campaigns" })).toHaveCount(0);
    const response = await page.goto("/campaigns");
    expect(response?.status()).toBe(403);
    await expect(page.locator("body")).not.toContainText(`Spring ${tag}`);
  });
});
