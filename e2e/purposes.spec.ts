import { expect, test, storageStateFor } from "./fixtures";

/** The privacy officer's purpose catalogue: create, version the notice text, see the history. */
test.describe("purposes admin (privacy officer, Dutch)", () => {
  test.use({ storageState: storageStateFor("privacy_officer") });
  const tag = Date.now().toString(36);

  test("creates a purpose, edits its notice into version 2, and keeps version 1 in the history", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Doelen" }).click();
    await expect(page.getByRole("heading", { name: "Doelen", exact: true })).toBeVisible();
    const form = page.getByRole("form", { name: "Nieuw doel" });
    await form.getByLabel("Sleutel").fill(`events-${tag}`);
    await form.getByLabel("Naam (Nederlands)").fill(`Uitnodigingen ${tag}`);
    await form.getByLabel("Naam (Engels)").fill(`Invitations ${tag}`);
    await form.getByLabel("Post", { exact: true }).check();
    await form.getByLabel("Informatietekst (Nederlands)").fill("Wij nodigen u uit voor onze evenementen.");
    await form.getByLabel("Informatietekst (Engels)").fill("We invite you to our events.");
    await form.getByRole("button", { name: "Doel aanmaken" }).click();
    await expect(page.getByText("Het doel is aangemaakt.")).toBeVisible();
    await expect(page.getByTestId(`purpose-events-${tag}`)).toContainText("Versie 1");

    await form.getByLabel("Sleutel").fill(`events-${tag}`);
    await form.getByLabel("Naam (Nederlands)").fill("Dubbel");
    await form.getByLabel("Naam (Engels)").fill("Double");
    await form.getByLabel("Informatietekst (Nederlands)").fill("x");
    await form.getByLabel("Informatietekst (Engels)").fill("x");
    await form.getByRole("button", { name: "Doel aanmaken" }).click();
    await expect(form.getByText("Er bestaat al een doel met deze sleutel.").first()).toBeVisible();

    await page.getByRole("link", { name: `Uitnodigingen ${tag}` }).click();
    await expect(page.getByRole("heading", { name: `Uitnodigingen ${tag}` })).toBeVisible();
    const notice = page.getByRole("form", { name: "Informatietekst" });
    await notice
      .getByLabel("Informatietekst (Nederlands)")
      .fill("Wij nodigen u uit voor onze evenementen en webinars.");
    await notice.getByRole("button", { name: "Opslaan als nieuwe versie" }).click();
    await expect(page.getByText("Opgeslagen als versie 2.")).toBeVisible();
    await expect(page.getByTestId("notice-version-2")).toContainText("evenementen en webinars");
    await expect(page.getByTestId("notice-version-2")).toContainText("Huidig");
    await expect(page.getByTestId("notice-version-1")).toContainText("Wij nodigen u uit voor onze evenementen.");

    const settings = page.getByRole("form", { name: "Instellingen" });
    await settings.getByLabel("Actief").uncheck();
    await settings.getByRole("button", { name: "Instellingen opslaan" }).click();
    await expect(settings.getByText("Opgeslagen.")).toBeVisible();
    await page.goto("/purposes");
    await expect(page.getByTestId(`purpose-events-${tag}`)).toContainText("Inactief");
  });
});

test.describe("purposes admin is not for sales", () => {
  test.use({ storageState: storageStateFor("sales") });

  test("no link, and the page refuses by URL", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: "Doelen" })).toHaveCount(0);
    const response = await page.goto("/purposes");
    expect(response?.status()).toBe(403);
  });
});
