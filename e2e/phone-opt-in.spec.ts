import { createPurposeViaUi, english, expect, test, storageStateFor } from "./fixtures";

/**
 * A consent given on the phone, without a recording, logged by a sales rep on a phone: recorded
 * with weak evidence and a written confirmation mailed at once. The contact opens the link in the
 * mail (which by itself changes nothing), presses "Yes, I confirm", and the contact page shows the
 * consent as strong. No SMTP in this installation: the mail is read from the in-app outbox.
 */
const tag = Date.now().toString(36);
const person = { first: "Fenna", last: `Bel${tag}`, email: `fenna.${tag}@hoveniers.example` };
const purposeName = `Newsletter ${tag}`;
let confirmUrl = "";

test.describe("a phone opt-in confirmed by the contact in writing", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test.beforeAll(async ({ browser }) => {
    await createPurposeViaUi(browser, {
      key: `phone-news-${tag}`,
      nameNl: `Nieuwsbrief ${tag}`,
      nameEn: purposeName,
      noticeNl: "Wij sturen u maandelijks onze nieuwsbrief.",
      noticeEn: "We send you our monthly newsletter.",
    });
  });

  test("sales logs it without a file; the evidence is weak and a confirmation is sent", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("sales") });
    const page = await context.newPage();
    await english(page);
    await page.goto("/opt-in");
    await page.getByText("New from business card").click();
    await page.getByLabel("First name").fill(person.first);
    await page.getByLabel("Last name").fill(person.last);
    await page.getByLabel("E-mail address").fill(person.email);
    await page.getByRole("checkbox", { name: purposeName, exact: true }).check();
    // Calls are a separate tick, never pre-ticked; this person agreed to the newsletter only.
    await expect(page.getByRole("checkbox", { name: `You may call me about ${purposeName}` })).not.toBeChecked();
    await page.getByLabel("How").selectOption("verbal_phone");
    await page.getByLabel("Where", { exact: true }).fill("By phone, incoming call");
    await page.getByLabel("What was said").fill("Yes, please send me the newsletter.");
    await expect(page.getByText("Weak evidence").first()).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /Send written confirmation now/ })).toBeChecked();
    await page.getByRole("checkbox", { name: "They actively said yes to the ticked purposes" }).check();
    await page.getByRole("button", { name: "Save opt-in" }).click();
    await expect(page.getByText("Saved: 1 consent recorded.")).toBeVisible();
    await expect(page.getByText("A written confirmation was sent.")).toBeVisible();

    await page.getByRole("link", { name: "Open the contact" }).click();
    await expect(page.getByRole("heading", { name: "Awaiting written confirmation" })).toBeVisible();
    await expect(page.getByTestId("timeline-consent").first()).toContainText("Weak evidence");

    // The contacts list finds the person among those awaiting confirmation.
    await page.goto(`/contacts?q=${person.last}&awaiting=1`);
    await expect(page.getByRole("link", { name: new RegExp(person.last) })).toBeVisible();
    await context.close();
  });

  test("the mail with the confirmation link is in the outbox", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("privacy_officer") });
    const page = await context.newPage();
    await english(page);
    await page.goto("/outbox");
    const item = page.getByRole("listitem").filter({ hasText: person.email });
    await item.getByRole("link").click();
    const text = await page.getByTestId("outbox-text").innerText();
    expect(text).toContain("Yes, please send me the newsletter.");
    confirmUrl = /(http\S+\/c\/v1\.[\w.-]+)/.exec(text)![1];
    await context.close();
  });

  test("the contact confirms through the link, without signing in", async ({ browser }) => {
    expect(confirmUrl).toBeTruthy();
    const context = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    const page = await context.newPage();
    await english(page);
    await page.goto(new URL(confirmUrl).pathname);
    await expect(page.getByRole("heading", { name: "Confirm your consent" })).toBeVisible();
    await expect(page.getByText(purposeName)).toBeVisible();
    await page.getByRole("button", { name: "Yes, I confirm" }).click();
    await expect(page.getByText("Thank you: your consent is confirmed.")).toBeVisible();
    // A forged link is refused.
    await page.goto(new URL(confirmUrl).pathname.replace(/.$/, (c) => (c === "A" ? "B" : "A")));
    await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
    await context.close();
  });

  test("the contact page now shows the consent as strong, with the confirmation", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("sales") });
    const page = await context.newPage();
    await english(page);
    await page.goto(`/contacts?q=${person.last}`);
    await page
      .getByRole("link", { name: new RegExp(person.last) })
      .first()
      .click();
    const entry = page.getByTestId("timeline-consent").first();
    await expect(entry).toContainText("Strong evidence");
    await expect(entry).toContainText("Confirmed in writing");
    await expect(page.getByRole("heading", { name: "Awaiting written confirmation" })).toHaveCount(0);
    await context.close();
  });
});
