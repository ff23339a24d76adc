import type { Browser } from "@playwright/test";
import { english, expect, test, USERS, signIn, storageStateFor } from "./fixtures";

/** The administrator adds an active user, in a browser context of their own. */
async function addUserAsAdmin(browser: Browser, email: string) {
  const context = await browser.newContext({ storageState: storageStateFor("admin") });
  const page = await context.newPage();
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Gebruiker toevoegen" });
  await form.getByLabel("Naam").fill("Extra Medewerker");
  await form.getByLabel("E-mailadres").fill(email);
  await form.getByLabel("Eerste wachtwoord").fill(USERS.admin.password);
  await form.getByRole("button", { name: "Gebruiker toevoegen" }).click();
  await expect(page.getByTestId(`user-row-${email}`)).toBeVisible();
  await context.close();
}

test.describe("signing in and out", () => {
  test("a user signs in, sees the dashboard with real figures, and signs out", async ({ page, browser }) => {
    await signIn(page, USERS.marketer.email, USERS.marketer.password);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    // Other journeys add users too, so the figure is checked by its change: one more active user
    // shows as exactly one more (an exact text, so 4 cannot pass for 14).
    const activeUsers = page.getByTestId("figure-users").locator("p").nth(1);
    const before = Number((await activeUsers.textContent())?.replace(/\D/g, ""));
    expect(before).toBeGreaterThanOrEqual(Object.keys(USERS).length);
    await addUserAsAdmin(browser, `dashboard-${Date.now()}@e2e.test`);
    await page.reload();
    await expect(activeUsers).toHaveText((before + 1).toLocaleString("nl-NL"));
    const sessionCookies = await page.context().cookies();
    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    // Signing out ended the session on the server: a copy of the old cookie is worthless.
    await page.context().addCookies(sessionCookies);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    // It ended the marketer's other sessions too, including the one the other journeys share:
    // sign in again and store the fresh one for them.
    await signIn(page, USERS.marketer.email, USERS.marketer.password);
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await page.context().storageState({ path: storageStateFor("marketer") });
  });

  test("a wrong password is refused with a message that does not reveal whether the account exists", async ({
    page,
  }) => {
    await signIn(page, USERS.sales.email, "not the password at all");
    await expect(page.getByRole("status")).toContainText("Het e-mailadres of wachtwoord klopt niet");
    // No session came of it: a page behind the sign-in still sends the browser back to it.
    await page.goto("/contacts");
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, "nobody@e2e.test", "not the password at all");
    await expect(page.getByRole("status")).toContainText("Het e-mailadres of wachtwoord klopt niet");
  });

  test("repeated failures for one account are throttled", async ({ page }) => {
    const email = "throttle-target@e2e.test";
    // Three free failures per account and address; after that each attempt has to wait a growing
    // delay (1 s, 2 s, 4 s, ...), so quick further guesses are turned away.
    for (let i = 0; i < 3; i++) {
      await signIn(page, email, `wrong-${i}`);
      await expect(page.getByRole("status")).toContainText("Het e-mailadres of wachtwoord klopt niet");
    }
    let throttled = false;
    for (let i = 0; i < 6 && !throttled; i++) {
      await signIn(page, email, `wrong-again-${i}`);
      const status = page.getByRole("status");
      await expect(status).toContainText(/klopt niet|Te veel mislukte pogingen/);
      throttled = ((await status.textContent()) ?? "").includes("Te veel mislukte pogingen");
    }
    expect(throttled).toBe(true);
  });
});

test.describe("roles", () => {
  test.use({ storageState: storageStateFor("sales") });

  test("a sales user has no link to user management and is refused by URL", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Gebruikers" })).toHaveCount(0);
    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Je hebt geen toegang tot deze pagina" })).toBeVisible();
    // Nothing of the page's content leaks into the refusal.
    await expect(page.locator("body")).not.toContainText(USERS.admin.email);
  });
});

test.describe("administration", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("a deactivated user cannot sign in; reactivation restores access", async ({ page, browser }) => {
    const email = `temp-${Date.now()}@e2e.test`;
    await page.goto("/admin/users");
    const form = page.getByRole("form", { name: "Gebruiker toevoegen" });
    await form.getByLabel("Naam").fill("Tijdelijke Medewerker");
    await form.getByLabel("E-mailadres").fill(email);
    await form.getByLabel("Eerste wachtwoord").fill(USERS.admin.password);
    await form.getByRole("button", { name: "Gebruiker toevoegen" }).click();
    const row = page.getByTestId(`user-row-${email}`);
    await row.getByRole("button", { name: "Deactiveren" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Deactiveren" }).click();
    await expect(row.getByText("Gedeactiveerd")).toBeVisible();

    const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const otherPage = await other.newPage();
    await signIn(otherPage, email, USERS.admin.password);
    await expect(otherPage.getByRole("status")).toContainText("gedeactiveerd");

    await row.getByRole("button", { name: "Heractiveren" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Heractiveren" }).click();
    await expect(row.getByText("Actief", { exact: true })).toBeVisible();
    await signIn(otherPage, email, USERS.admin.password);
    await expect(otherPage.getByTestId("current-user")).toContainText("Tijdelijke Medewerker");
    await other.close();
  });
});

test.describe("language", () => {
  test.use({ storageState: storageStateFor("marketer") });

  test("switching to English persists across pages and reloads", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await page.getByLabel("Taal").first().selectOption("en");
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByLabel("Language").first().selectOption("nl");
    await expect(page.getByRole("button", { name: "Uitloggen" })).toBeVisible();
  });
});

test.describe("settings and audit trail", () => {
  test.use({ storageState: storageStateFor("privacy_officer") });

  test("the privacy officer changes a policy window and finds it in an intact audit trail", async ({ page }) => {
    await page.goto("/settings");
    await page.getByLabel("Oud-klanten bellen (maanden)").fill("30");
    await page.getByRole("button", { name: "Instellingen opslaan" }).click();
    await expect(page.getByRole("status")).toContainText("Instellingen opgeslagen");
    await page.reload();
    await expect(page.getByLabel("Oud-klanten bellen (maanden)")).toHaveValue("30");

    await page.getByRole("link", { name: "Audittrail" }).click();
    await expect(page.getByRole("cell", { name: "settings.updated" }).first()).toBeVisible();
    await page.getByRole("link", { name: "Keten controleren" }).click();
    await expect(page.getByRole("status")).toContainText("De keten is intact");
  });

  test("a refused save keeps what was typed and takes the officer to the field to fix", async ({ page }) => {
    await english(page);
    await page.goto("/settings");
    const months = page.getByLabel("Calling former customers (months)");
    await months.fill("31");
    await page.getByLabel("Privacy contact e-mail").fill("not an address");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
    await expect(page.getByLabel("Privacy contact e-mail")).toBeFocused();
    await expect(page.getByLabel("Privacy contact e-mail")).toHaveValue("not an address");
    await expect(months).toHaveValue("31");
  });

  test("a marketer cannot open the settings or the audit trail", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("marketer") });
    const page = await context.newPage();
    expect((await page.goto("/settings"))?.status()).toBe(403);
    expect((await page.goto("/audit"))?.status()).toBe(403);
    await context.close();
  });
});
