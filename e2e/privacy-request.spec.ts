import { english, expect, storageStateFor, test, expectNoA11yViolations } from "./fixtures";

/**
 * A person exercises their rights on the public request page, on a phone and without signing in:
 * a refused submission (posted without JavaScript) comes back filled in, the request is received,
 * the mail's link confirms it is theirs, and the privacy officer finds it in the requests list with
 * the identity check recorded. The public pages are checked for WCAG 2.1 A/AA violations with axe.
 */
const tag = Date.now().toString(36);
const address = `inzage.${tag}@voorbeeld.nl`;
const name = `Fenna Inzage${tag}`;
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true };

test.describe.serial("a data-subject request on the public page", () => {
  test("every public page links to it", async ({ browser }) => {
    const context = await browser.newContext({ ...phone, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto("/p");
    await page.getByRole("contentinfo").getByRole("link", { name: "Uw privacyrechten" }).click();
    await expect(page.getByRole("heading", { name: "Uw privacyrechten" })).toBeVisible();
    await context.close();
  });

  test("without JavaScript: a refused request comes back filled in; then it is received", async ({ browser }) => {
    const context = await browser.newContext({
      ...phone,
      javaScriptEnabled: false,
      storageState: { cookies: [], origins: [] },
    });
    const page = await context.newPage();
    await page.goto("/privacy/request?lang=en");
    await expect(page.getByRole("heading", { name: "Your privacy rights" })).toBeVisible();
    await expectNoA11yViolations(page, { javaScript: false });
    await page.getByRole("radio", { name: /See my data/ }).check();
    // Only spaces: the browser lets it through, the server does not.
    await page.getByLabel(/Your name/).fill("   ");
    await page.getByLabel(/Your e-mail address/).pressSequentially(address, { delay: 60 });
    await page.getByLabel(/Anything that helps us/).fill(`Bakkerij ${tag}`);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByText("Your request was not sent")).toBeVisible();
    await expect(page.getByText("This field is required.")).toBeVisible();
    // What was typed is still there, so only the name needs filling in.
    await expect(page.getByLabel(/Your e-mail address/)).toHaveValue(address);
    await expect(page.getByLabel(/Anything that helps us/)).toHaveValue(`Bakkerij ${tag}`);
    await expect(page.getByRole("radio", { name: /See my data/ })).toBeChecked();
    await expectNoA11yViolations(page, { javaScript: false });
    await page.getByLabel(/Your name/).pressSequentially(name, { delay: 60 });
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("heading", { name: "Thank you, we received your request" })).toBeVisible();
    await expectNoA11yViolations(page, { javaScript: false });
    await context.close();
  });

  let link = "";
  let reference = "";
  test("the mail holds the link (no SMTP here: read from the outbox)", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("privacy_officer") });
    const page = await context.newPage();
    await english(page);
    await page.goto("/outbox");
    await page.getByRole("listitem").filter({ hasText: address }).getByRole("link").first().click();
    const text = await page.getByTestId("outbox-text").innerText();
    expect(text).toContain("within one month of receipt");
    link = /(http\S+\/privacy\/request\/verify\/v1\.[\w.-]+\?lang=en)/.exec(text)![1];
    await context.close();
  });

  test("the person confirms with the one button behind the link", async ({ browser }) => {
    expect(link).toBeTruthy();
    const context = await browser.newContext({ ...phone, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await page.goto(new URL(link).pathname + new URL(link).search);
    await expect(page.getByRole("heading", { name: "Confirm your request" })).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole("button", { name: "Yes, this request is mine" }).click();
    await expect(page.getByRole("heading", { name: "Thank you, your request is confirmed" })).toBeVisible();
    await page.getByRole("link", { name: "See where your request stands" }).click();
    await expect(page.getByRole("heading", { name: "Your privacy request" })).toBeVisible();
    await expect(page.getByTestId("request-stage")).toHaveText("Confirmed; we are working on it");
    reference = (await page.getByText(/^R-[0-9A-F]{4}-[0-9A-F]{4}$/).innerText()).trim();
    await expectNoA11yViolations(page);
    await page.goto(new URL(link).pathname + new URL(link).search);
    await expect(page.getByRole("heading", { name: "Already confirmed" })).toBeVisible();
    await context.close();
  });

  test("the privacy officer finds it, received by web form and verified through the link", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("privacy_officer") });
    const page = await context.newPage();
    await english(page);
    await page.goto("/requests");
    await page.getByRole("link", { name }).first().click();
    await expect(page.getByText(`Bakkerij ${tag}`)).toBeVisible();
    await expect(page.getByText("Web form").first()).toBeVisible();
    await expect(page.getByText(/Confirmed through the link mailed to the address/)).toBeVisible();
    // The reference on the person's status page is the one the officer sees.
    await expect(page.getByText(reference, { exact: true })).toBeVisible();
    await context.close();
  });
});
