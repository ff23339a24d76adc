import { createTokenSigner } from "../src/server/tokens/signed-token";
import { signPreferenceToken } from "../src/server/tokens/preference-token";
import {
  asRole,
  createPurposeViaUi,
  english,
  expect,
  expectNoA11yViolations,
  logOptInViaUi,
  storageStateFor,
  test,
} from "./fixtures";

/** The AUTH_SECRET scripts/e2e-server.mjs starts the app with. */
const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-0123456789";

/**
 * Open tracking: the privacy officer switches it on, which needs the purpose whose consent covers
 * measuring and a justification (ePrivacy art. 5 lid 3); the preference centre then tells the
 * people mailed, with the switch for that purpose. The public page is checked with axe.
 */
const tag = Date.now().toString(36);
const purposeNameEn = `Reading statistics ${tag}`;
const company = `Uitgeverij ${tag}`;

test.describe.serial("open tracking", () => {
  let contactId = "";

  test("a person consents to the measuring purpose (an opt-in logged by sales)", async ({ browser }) => {
    await createPurposeViaUi(browser, {
      key: `reading-${tag}`,
      nameNl: `Leesstatistiek ${tag}`,
      nameEn: purposeNameEn,
      noticeNl: "Wij meten of u onze mails opent, met een onzichtbaar plaatje.",
      noticeEn: "We measure whether you open our mails, with an invisible image.",
    });
    await asRole(browser, "sales", (page) =>
      logOptInViaUi(page, {
        first: "Lotte",
        last: `Bakker${tag}`,
        company,
        email: `lotte.${tag}@uitgeverij.example`,
        purpose: purposeNameEn,
        where: "Boekenbeurs 2026, stand 9",
        said: "Ja, meten mag.",
      }),
    );
  });

  test("the privacy officer switches it on with a purpose and a justification", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("privacy_officer") });
    const page = await context.newPage();
    await english(page);
    await page.goto("/settings");
    await expect(page.getByText("that needs the person's consent")).toBeVisible();
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Save setting", exact: true }) });
    await form.getByRole("checkbox", { name: "Measure opens" }).check();
    await form.getByRole("button", { name: "Save setting", exact: true }).click();
    await expect(form.getByText("Choose the purpose whose consent covers the measuring.")).toBeVisible();
    await form.getByRole("checkbox", { name: "Measure opens" }).check();
    await form.getByLabel("Purpose whose consent covers the measuring").selectOption({ label: purposeNameEn });
    await form.getByLabel("Why do you measure opens?").fill("To learn which topics our readers read.");
    await form.getByRole("button", { name: "Save setting", exact: true }).click();
    await expect(form.getByText("Setting saved.")).toBeVisible();

    await page.goto(`/contacts?q=${encodeURIComponent(`Bakker${tag}`)}`);
    await page
      .getByRole("link", { name: new RegExp(`Lotte Bakker${tag}`) })
      .first()
      .click();
    await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
    contactId = new URL(page.url()).pathname.split("/").pop()!;
    await context.close();
  });

  test("the preference centre discloses it, with the switch for its purpose", async ({ browser }) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    await english(page);
    const token = signPreferenceToken(createTokenSigner(E2E_AUTH_SECRET), contactId);
    await page.goto(`/p/${token}`);
    const disclosure = page.getByRole("region", { name: "Measuring whether you open our mails" });
    await expect(disclosure).toContainText(`only for people who consented to “${purposeNameEn}”`);
    await expect(disclosure).toContainText("You gave that consent");
    await expect(disclosure.getByRole("button", { name: `Switch off: ${purposeNameEn}` })).toBeVisible();
    await expectNoA11yViolations(page);
    await context.close();
  });
});
