import { english, expect, test, storageStateFor } from "./fixtures";

/**
 * A marketer imports a spreadsheet export: upload with provenance, check the column mapping, dry
 * run, run with progress, and download the refused rows to fix them.
 */
const tag = Date.now().toString(36);

test.describe("imports (marketer)", () => {
  test.use({ storageState: storageStateFor("marketer") });
  test.beforeEach(async ({ page }) => english(page));

  test("upload, map, dry run, run with progress, download refused rows", async ({ page }) => {
    const csv = [
      "Voornaam;Achternaam;E-mailadres;Mobiel;Schoenmaat;Functietitel",
      `Ilse;Import${tag};ilse.${tag}@import.example;06 34567890;38;Inkoper`,
      `Karel;Import${tag};karel.${tag}@import.example;;44;Directeur`,
      `Lotte;Import${tag};geen-adres;;39;`,
    ].join("\r\n");
    await page.goto("/imports");
    await page.getByLabel("File (CSV, XLSX or vCard)").setInputFiles({
      name: `export-${tag}.csv`,
      mimeType: "text/csv",
      buffer: Buffer.from(csv, "latin1"),
    });
    await page.getByLabel("Where does this file come from?").selectOption("import");
    await page.getByRole("textbox", { name: "Source detail" }).fill("Export of the old CRM");
    await page.getByRole("button", { name: "Upload" }).click();

    await expect(page.getByRole("heading", { name: "Map the columns" })).toBeVisible();
    await expect(page.getByLabel("Field: E-mailadres")).toHaveValue("email");
    await expect(page.getByLabel("Field: Schoenmaat")).toHaveValue("");
    await page.getByLabel("Field: Functietitel").selectOption("jobTitle");

    await page.getByRole("button", { name: "Dry run" }).click();
    await expect(page.getByText("Dry run: what would happen")).toBeVisible();
    await expect(page.getByTestId("count-created")).toHaveText("2");
    await expect(page.getByTestId("count-refused")).toHaveText("1");
    await expect(page.getByRole("cell", { name: "Not a valid e-mail address." })).toBeVisible();

    await page.getByRole("button", { name: "Import now" }).click();
    // A small file may finish before the first look: the progress bar, or already the result.
    await expect(
      page.getByRole("progressbar", { name: "Import progress" }).or(page.getByRole("heading", { name: "Result" })),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Result" })).toBeVisible();
    await expect(page.getByTestId("count-created")).toHaveText("2");

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download refused rows (CSV)" }).click();
    const file = await download;
    const text = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(text).toString("utf8")).toContain("4,refused,email,invalid_email");

    await page.goto(`/contacts?q=${encodeURIComponent(`import${tag}`)}`);
    await expect(page.getByTestId("contact-row")).toHaveCount(2);
  });
});
