import { test, expect, storageStateFor, english, createPurposeViaUi, expectNoA11yViolations } from "./fixtures";

/**
 * The preference centre: a person with no mail at hand asks for a link, reads it from the mail
 * (kept in the outbox: no SMTP server in this installation), and on a phone switches a purpose off,
 * on again, and objects to all direct marketing. The public pages are checked with axe.
 */
const tag = Date.now().toString(36);
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true };
const address = `voorkeur.${tag}@voorbeeld.nl`;
const purposeNameEn = `Events ${tag}`;

test.describe.serial("preference centre", () => {
  test("a person signs up and confirms, so a contact with consent exists", async ({ browser }) => {
    await createPurposeViaUi(browser, {
      key: `events-${tag}`,
      nameNl: `Evenementen ${tag}`,
      nameEn: purposeNameEn,
      noticeNl: `Uitnodigingen ${tag}.`,
      noticeEn: `Invitations ${tag}.`,
    });
    // The quickest honest way to a contact with a consent: the public sign-up, confirmed.
    const staff = await browser.newContext({ storageState: storageStateFor("marketer") });
    const s = await staff.newPage();
    await english(s);
    await s.goto("/forms");
    const form = s.getByRole("form", { name: "New form" });
    await form.getByLabel("Name (for your colleagues)").fill(`Events form ${tag}`);
    await form.getByLabel("Web address: /f/…").fill(`events-${tag}`);
    await form.getByLabel(purposeNameEn).check();
    await form.getByLabel("Thank-you text (Dutch)").fill("Dank!");
    await form.getByLabel("Thank-you text (English)").fill("Thanks!");
    await form.getByLabel("Organisation name shown").fill("Bakkerij Visser BV");
    await form.getByLabel("Privacy policy link shown").fill("https://bakkerij-visser.example/privacy");
    await form.getByRole("button", { name: "Save form" }).click();
    await expect(s.getByText("The form was saved as version 1.")).toBeVisible();

    const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const v = await visitor.newPage();
    await v.goto(`/f/events-${tag}?lang=en`);
    await v.getByLabel("E-mail address").pressSequentially(address, { delay: 80 });
    await v.getByRole("checkbox", { name: purposeNameEn }).check();
    await v.getByRole("button", { name: "Sign up" }).click();
    await expect(v.getByRole("heading", { name: "Check your mailbox" })).toBeVisible();

    await s.goto("/outbox");
    await s.getByRole("listitem").filter({ hasText: address }).getByRole("link").first().click();
    const confirmUrl = /(http\S+\/f\/confirm\/v1\.[\w.-]+)/.exec(await s.getByTestId("outbox-text").innerText())![1];
    await v.goto(confirmUrl);
    await v.getByRole("button", { name: "Yes, confirm my sign-up" }).click();
    await expect(v.getByRole("heading", { name: "Thank you, your sign-up is confirmed" })).toBeVisible();
    await staff.close();
    await visitor.close();
  });

  let preferencesUrl = "";
  test("'send me a link' answers without saying whether the address is known", async ({ browser }) => {
    const context = await browser.newContext({ ...phone, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await english(page);
    await page.goto("/p");
    await expectNoA11yViolations(page);
    await page.getByLabel("E-mail address").fill(address);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByText("If we have this address, a link is on its way to it.")).toBeVisible();
    await page.getByLabel("E-mail address").fill(`unknown.${tag}@voorbeeld.nl`);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByText("If we have this address, a link is on its way to it.")).toBeVisible();
    await context.close();

    const staff = await browser.newContext({ storageState: storageStateFor("marketer") });
    const s = await staff.newPage();
    await english(s);
    await s.goto("/outbox");
    await s
      .getByRole("listitem")
      .filter({ hasText: address })
      .filter({ hasText: "preferences" })
      .getByRole("link")
      .first()
      .click();
    preferencesUrl = /(http\S+\/p\/v1\.[\w.-]+)/.exec(await s.getByTestId("outbox-text").innerText())![1];
    await staff.close();
  });

  test("the person pauses e-mail for a month, and ends the pause early", async ({ browser }) => {
    expect(preferencesUrl).toBeTruthy();
    const context = await browser.newContext({ ...phone, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await english(page);
    await page.goto(preferencesUrl);
    const section = page.getByRole("region", { name: purposeNameEn });
    const pause = page.getByRole("region", { name: "Take a break from e-mail" });
    await pause.getByRole("radio", { name: "3 months" }).check();
    await pause.getByRole("button", { name: "Pause e-mail" }).click();
    await expect(page.getByText("Your change was recorded and takes effect at once.")).toBeVisible();
    await expect(pause.getByText(/You receive no marketing e-mail from us until/)).toBeVisible();
    await expect(section.getByText("E-mail: Not allowed")).toBeVisible();
    await expect(section.getByText(/The person asked on .* for no messages by e-mail until/)).toBeVisible();
    await expectNoA11yViolations(page);

    await pause.getByRole("button", { name: "Send me e-mail again" }).click();
    await expect(section.getByText("E-mail: Allowed")).toBeVisible();
    await expect(pause.getByRole("button", { name: "Pause e-mail" })).toBeVisible();
    await context.close();
  });

  test("the person switches the purpose off and on again, and objects to direct marketing", async ({ browser }) => {
    expect(preferencesUrl).toBeTruthy();
    const context = await browser.newContext({ ...phone, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await english(page);
    await page.goto(preferencesUrl);
    await expect(page.getByRole("heading", { name: "Your preferences" })).toBeVisible();
    const section = page.getByRole("region", { name: purposeNameEn });
    await expect(section.getByText("E-mail: Allowed")).toBeVisible();
    await expectNoA11yViolations(page);

    await section.getByRole("button", { name: `Switch off: ${purposeNameEn}` }).click();
    await expect(page.getByText("Your change was recorded and takes effect at once.")).toBeVisible();
    await expect(section.getByText("E-mail: Not allowed")).toBeVisible();
    await expect(section.getByText(`Invitations ${tag}.`)).toBeVisible();

    await section.getByRole("button", { name: `Switch on: ${purposeNameEn}` }).click();
    await expect(section.getByText("E-mail: Allowed")).toBeVisible();

    await page.getByRole("button", { name: "Object to all direct marketing" }).click();
    await expect(page.getByText("You object to direct marketing: you receive no marketing from us.")).toBeVisible();
    await expect(section.getByText("E-mail: Not allowed")).toBeVisible();
    await expectNoA11yViolations(page);
    await context.close();
  });
});
