import { expect, test } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { USERS, signIn, storageStateFor } from "./fixtures";
import type { Role } from "../src/domain/vocabulary";

/**
 * First-run journey on an empty installation: the app leads to setup, setup creates the first
 * administrator and then disappears; the administrator adds one user per role. Saves each role's
 * signed-in state for the other journeys.
 */
test.describe.configure({ mode: "serial" });

test("a fresh installation leads to the one-time setup, which creates the first administrator", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel("Je naam").fill(USERS.admin.name);
  await page.getByLabel("E-mailadres").fill(USERS.admin.email);
  await page.getByLabel("Wachtwoord").fill("short");
  await page.getByRole("button", { name: "Beheerder aanmaken" }).click();
  // The browser's own minLength check or the server's message: either way the form says why, and
  // (as the next submit shows) the setup page is still there, so no account was made.
  await expect
    .poll(async () => {
      const invalid = await page.getByLabel("Wachtwoord").evaluate((e) => !(e as HTMLInputElement).validity.valid);
      return invalid || (await page.getByRole("alert").count()) > 0;
    })
    .toBe(true);
  await page.getByLabel("Wachtwoord").fill(USERS.admin.password);
  await page.getByRole("button", { name: "Beheerder aanmaken" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toContainText(USERS.admin.name);

  // The setup page is gone for good.
  const response = await page.goto("/setup");
  expect(response?.status()).toBe(404);
});

test("the administrator adds a user for every role", async ({ page }) => {
  mkdirSync(path.join(import.meta.dirname, ".auth"), { recursive: true });
  await signIn(page, USERS.admin.email, USERS.admin.password);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await page.context().storageState({ path: storageStateFor("admin") });

  await page.getByRole("link", { name: "Gebruikers" }).click();
  const form = page.getByRole("form", { name: "Gebruiker toevoegen" });
  for (const role of ["privacy_officer", "marketer", "sales"] as Role[]) {
    const u = USERS[role];
    await form.getByLabel("Naam").fill(u.name);
    await form.getByLabel("E-mailadres").fill(u.email);
    await form.getByLabel("Rol").selectOption(role);
    await form.getByLabel("Eerste wachtwoord").fill(u.password);
    await form.getByRole("button", { name: "Gebruiker toevoegen" }).click();
    await expect(page.getByTestId(`user-row-${u.email}`)).toBeVisible();
  }
});

for (const role of ["privacy_officer", "marketer", "sales"] as Role[]) {
  test(`${role} can sign in`, async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, USERS[role].email, USERS[role].password);
    await expect(page.getByTestId("current-user")).toContainText(USERS[role].name);
    await context.storageState({ path: storageStateFor(role) });
    await context.close();
  });
}
