import type { Page } from "@playwright/test";
import { createPurposeViaUi, english, expect, test, storageStateFor } from "./fixtures";

/**
 * AVG art. 14: a contact we did not get from the person is owed a notice. The privacy officer sees
 * who is still owed one and records one given by letter; on a phone, sales see the notice as the
 * opening line of the call and record that they said it.
 */
const uid = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const letters = (s: string) => s.replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]);

/** A referral at a BV with its switchboard number, created through the contact form. */
async function createReferral(page: Page, u: string) {
  await page.goto("/contacts/new");
  const form = page.locator("form").filter({ has: page.locator('input[name="firstName"]') });
  await form.locator('input[name="firstName"]').fill(`Verwezen${u}`);
  await form.locator('input[name="lastName"]').fill(`Persoon${u}`);
  await form.locator('input[name="company.name"]').fill(`Installatie ${u}`);
  await form.locator('input[name="emails.0.address"]').fill(`v.${u}@installatie-${u}.nl`);
  await form.locator('input[name="phones.0.number"]').fill(`030 2${String(Date.now()).slice(-6)}`);
  await form.locator('select[name="phones.0.kind"]').selectOption("general");
  await form.getByLabel("Source", { exact: true }).selectOption("referral");
  await expect(page.getByTestId("art14-hint")).toContainText("did not give us the data themselves");
  await form.locator('input[name="source.detail"]').fill(`Doorverwezen door Piet de Vries ${u}`);
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  return { id: page.url().split("/").pop()!, name: `Verwezen${u} Persoon${u}` };
}

test.describe("art. 14 notices: the privacy officer's list", () => {
  test.use({ storageState: storageStateFor("privacy_officer") });
  test.beforeEach(async ({ page }) => english(page));

  test("a referral is listed as owed a notice until one is recorded on the contact page", async ({ page }) => {
    const contact = await createReferral(page, letters(uid()));
    const status = page.getByTestId("notice-status");
    await expect(status).toContainText("To be given by");
    await expect(status).toContainText("within a month");

    await page.goto("/");
    await expect(page.getByTestId("tile-art14-notices")).toContainText("Art. 14 notices due");
    await page.getByTestId("tile-art14-notices").click();
    await expect(page.getByRole("heading", { name: "Art. 14 notices" })).toBeVisible();
    const row = page.getByTestId("notices-due").getByRole("row").filter({ hasText: contact.name });
    await expect(row).toContainText("Referral");
    await expect(row).toContainText("Doorverwezen door Piet de Vries");
    await row.getByRole("link", { name: contact.name }).click();
    await expect(page).toHaveURL(new RegExp(`/contacts/${contact.id}$`));

    // Told by letter: recorded by hand.
    await page.getByText("Record notice given").click();
    const form = page.getByRole("form", { name: "Record notice given" });
    await form.getByLabel("How").selectOption("post");
    await form.getByRole("button", { name: "Record" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Record" }).click();
    await expect(status).toContainText("Given on");
    await expect(status).toContainText("Post · recorded by a member of staff · Pieter Privacy");

    await page.goto("/notices");
    await expect(page.getByRole("heading", { name: "Art. 14 notices" })).toBeVisible();
    await expect(page.getByText(contact.name)).toHaveCount(0);
  });
});

test.describe("art. 14 notices: the opening line of a call (sales, phone)", () => {
  const tag = uid();
  const key = `art14-calls-${tag}`;
  test.use({ storageState: storageStateFor("sales"), viewport: { width: 390, height: 844 }, hasTouch: true });

  test.beforeAll(async ({ browser }) =>
    createPurposeViaUi(browser, {
      key,
      nameNl: `Belronde ${tag}`,
      nameEn: `Call round ${tag}`,
      noticeNl: "Wij bellen u over onze diensten.",
      noticeEn: "We call you about our services.",
    }),
  );
  test.beforeEach(async ({ page }) => english(page));

  test("shows the notice to say first, and 'opening line said' records it", async ({ page }) => {
    const u = letters(uid());
    const contact = await createReferral(page, u);
    await page.goto(`/calls?purpose=${key}&q=${encodeURIComponent(`verwezen${u}`)}`);
    const entry = page.getByTestId(`call-entry-${contact.id}`);
    const opening = entry.getByRole("region", { name: "Say this first (GDPR art. 14)" });
    await expect(opening).toBeVisible();
    await expect(opening).toContainText(`Doorverwezen door Piet de Vries ${u}`);
    await expect(opening).toContainText("object");

    await entry.getByLabel("Outcome").selectOption("reached");
    await entry.getByRole("checkbox", { name: /Opening line said/ }).check();
    await entry.getByRole("button", { name: "Log call" }).click();
    await expect(entry.getByText("Call logged.")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId(`call-entry-${contact.id}`)).toBeVisible();
    await expect(page.getByTestId(`opening-line-${contact.id}`)).toHaveCount(0);
  });
});
