import { english, expect, test, storageStateFor } from "./fixtures";

/**
 * The law as it changes: the rule catalogue shows the version in force and the earlier ones with
 * their dates, and the settings page explains why the organisation's sector matters for calls.
 */
test.describe("rule-set versions and the sector setting", () => {
  test("everyone sees the rules in force and the earlier version with its dates", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("sales") });
    const page = await context.newPage();
    await english(page);
    await page.goto("/rules");
    await expect(page.getByRole("heading", { name: "Outreach rules", exact: true })).toBeVisible();
    const inForce = page.getByTestId("rule-set-in-force");
    await expect(inForce).toContainText("in force since 2026-07-01");
    await expect(inForce).toContainText("Since 1 July 2026 telemarketing to natural persons");
    await expect(page.getByText("Calling a customer needs consent")).toBeVisible();
    await expect(page.getByTestId("rule-set-previous")).toContainText(
      "NL-2021-07-01 · in force from 2021-07-01 to 2026-06-30",
    );
    await context.close();
  });

  test("the administrator sees the sector with the reason it matters, and saving keeps it", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("admin") });
    const page = await context.newPage();
    await english(page);
    await page.goto("/settings");
    await expect(page.getByText("Since 1 July 2026 telemarketing to natural persons")).toBeVisible();
    const sector = page.getByLabel("Our organisation is");
    await expect(sector).toHaveValue("other");
    await sector.selectOption("other");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
    await expect(sector).toHaveValue("other");
    // Below the settings: how far the stored decisions are, as a count and a progress bar.
    await expect(page.getByTestId("decision-store-status")).toContainText(
      /[\d,.]+ of [\d,.]+ contacts have current stored decisions/,
    );
    await expect(page.getByRole("progressbar", { name: "Stored decisions" })).toBeVisible();
    await context.close();
  });
});
