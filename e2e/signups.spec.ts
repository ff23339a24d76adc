import { test, expect, storageStateFor, english, createPurposeViaUi, expectNoA11yViolations } from "./fixtures";

/**
 * Sign-up forms with double opt-in: the marketer builds a form that also offers calls, a person
 * signs up on the hosted page on a phone (ticking calls in their own box), reads the confirmation
 * mail and confirms with the button behind the link; calls are recorded as a consent of their own.
 * The public pages are checked for WCAG 2.1 A/AA violations with axe.
 */
const tag = Date.now().toString(36);
const purposeKey = `signup-${tag}`;
const slug = `nieuwsbrief-${tag}`;
const address = `lid.${tag}@voorbeeld.nl`;
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true };

test.describe.serial("sign-up form with double opt-in", () => {
  test("the marketer builds a form offering a purpose with its notice text", async ({ browser }) => {
    await createPurposeViaUi(browser, {
      key: purposeKey,
      nameNl: `Nieuwsbrief ${tag}`,
      nameEn: `Newsletter ${tag}`,
      noticeNl: `Maandelijks nieuws ${tag}.`,
      noticeEn: `Monthly news ${tag}.`,
    });
    const context = await browser.newContext({ storageState: storageStateFor("marketer") });
    const page = await context.newPage();
    await english(page);
    await page.goto("/forms");
    const form = page.getByRole("form", { name: "New form" });
    await form.getByLabel("Name (for your colleagues)").fill(`Newsletter form ${tag}`);
    await form.getByLabel("Web address: /f/…").fill(slug);
    await form.getByLabel(`Newsletter ${tag}`).check();
    await expect(form.getByText(`Monthly news ${tag}.`)).toBeVisible();
    await form.getByLabel(/Also offer phone calls/).check();
    await form.getByLabel("Thank-you text (Dutch)").fill("Dank u wel!");
    await form.getByLabel("Thank-you text (English)").fill("Thank you!");
    await form.getByLabel("Organisation name shown").fill("Bakkerij Visser BV");
    await form.getByLabel("Privacy policy link shown").fill("https://bakkerij-visser.example/privacy");
    await form.getByRole("button", { name: "Save form" }).click();
    await expect(page.getByText("The form was saved as version 1.")).toBeVisible();
    await expect(page.getByRole("link", { name: `Open the hosted page: /f/${slug}` })).toBeVisible();
    await context.close();
  });

  test("a person signs up on the hosted page on a phone, in Dutch, without signing in", async ({ browser }) => {
    const context = await browser.newContext({ ...phone, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto(`/f/${slug}`);
    await expect(page.getByRole("heading", { name: `Newsletter form ${tag}` })).toBeVisible();
    const box = page.getByRole("checkbox", { name: `Nieuwsbrief ${tag}`, exact: true });
    await expect(box).not.toBeChecked();
    // Calls: a box of their own for the purpose, never ticked for the person.
    const callBox = page.getByRole("checkbox", { name: `U mag mij bellen over Nieuwsbrief ${tag}` });
    await expect(callBox).not.toBeChecked();
    await expect(page.getByText(`Maandelijks nieuws ${tag}.`)).toBeVisible();
    await expectNoA11yViolations(page);
    // Typed like a person (the form refuses submissions faster than anyone can fill it in).
    await page.getByLabel("E-mailadres").pressSequentially(address, { delay: 80 });
    await page.getByLabel("Voornaam").fill("Joost");
    await box.check();
    await callBox.check();
    await page.getByLabel("Telefoonnummer (alleen als u gebeld wilt worden)").fill("06 12345678");
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByRole("heading", { name: "Kijk in uw mailbox" })).toBeVisible();
    await expect(page.getByText("Dank u wel!")).toBeVisible();
    await expectNoA11yViolations(page);
    await context.close();
  });

  let confirmUrl = "";
  test("the confirmation mail holds the link (no SMTP here: read from the outbox)", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("marketer") });
    const page = await context.newPage();
    await english(page);
    await page.goto("/outbox");
    await page.getByRole("listitem").filter({ hasText: address }).getByRole("link").first().click();
    const text = await page.getByTestId("outbox-text").innerText();
    confirmUrl = /(http\S+\/f\/confirm\/v1\.[\w.-]+)/.exec(text)![1];
    await context.close();
  });

  test("opening the link changes nothing; the one button confirms, once", async ({ browser }) => {
    expect(confirmUrl).toBeTruthy();
    const context = await browser.newContext({ ...phone, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto(confirmUrl);
    await expect(page).toHaveURL(/\/f\/confirm\/v1\.[\w.-]+\/review$/);
    await expect(page.getByRole("heading", { name: "Bevestig uw aanmelding" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Ja, bevestig mijn aanmelding" }).click();
    await expect(page.getByRole("heading", { name: "Dank u, uw aanmelding is bevestigd" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.goto(confirmUrl);
    await expect(page.getByRole("heading", { name: "Al bevestigd" })).toBeVisible();
    await context.close();
  });

  test("the confirmed consent shows on the contact as double opt-in", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("privacy_officer") });
    const page = await context.newPage();
    await english(page);
    await page.goto(`/contacts?q=${encodeURIComponent(address)}`);
    await page.getByRole("link", { name: /Joost/ }).first().click();
    await expect(page.getByText(/double opt-in/i).first()).toBeVisible();
    // Two records: e-mail, and calls on their own; so calls count, and no record says otherwise.
    await expect(page.getByTestId("timeline-consent")).toHaveCount(2);
    await expect(page.getByTestId("not-for-calls")).toHaveCount(0);
    const phoneRow = page.getByTestId(`eligibility-${purposeKey}-phone`);
    await expect(phoneRow).toContainText("Allowed");
    await expect(phoneRow).toContainText("Consent");
    await context.close();
  });

  test("the hosted page works in English too, and says so when a form does not exist", async ({ browser }) => {
    const context = await browser.newContext({ ...phone, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto(`/f/${slug}?lang=en`);
    await expect(page.getByRole("checkbox", { name: `Newsletter ${tag}`, exact: true })).not.toBeChecked();
    await expect(page.getByRole("checkbox", { name: `You may call me about Newsletter ${tag}` })).not.toBeChecked();
    await expect(page.getByRole("button", { name: "Sign up" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.goto(`/f/does-not-exist-${tag}`);
    await expect(page.getByRole("heading", { name: "Dit formulier is niet beschikbaar" })).toBeVisible();
    await context.close();
  });

  test("without JavaScript, a refused sign-up comes back with what was typed and ticked", async ({ browser }) => {
    const context = await browser.newContext({
      ...phone,
      javaScriptEnabled: false,
      storageState: { cookies: [], origins: [] },
    });
    const page = await context.newPage();
    const second = `tweede.${tag}@voorbeeld.nl`;
    await page.goto(`/f/${slug}?lang=en`);
    await page.getByLabel("E-mail address").pressSequentially(second, { delay: 60 });
    await page.getByLabel("First name").fill("Sanne");
    await page.getByRole("checkbox", { name: `Newsletter ${tag}`, exact: true }).check();
    // A call box without a number: the server asks for the number.
    await page.getByRole("checkbox", { name: `You may call me about Newsletter ${tag}` }).check();
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.getByText("Your sign-up was not sent")).toBeVisible();
    await expect(page.getByText("Fill in the phone number you may be called on.")).toBeVisible();
    await expect(page.getByLabel("E-mail address")).toHaveValue(second);
    await expect(page.getByLabel("First name")).toHaveValue("Sanne");
    await expect(page.getByRole("checkbox", { name: `Newsletter ${tag}`, exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: `You may call me about Newsletter ${tag}` })).toBeChecked();
    await expectNoA11yViolations(page, { javaScript: false });
    await page
      .getByLabel("Phone number (only if you want to be called)")
      .pressSequentially("0612345679", { delay: 60 });
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.getByRole("heading", { name: "Check your mailbox" })).toBeVisible();
    await context.close();
  });
});
