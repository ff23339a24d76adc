import type { Browser, Page } from "@playwright/test";
import { expect, test, storageStateFor } from "./fixtures";

/**
 * A marketer designs a campaign in Markdown with a live preview in the organisation's layout,
 * schedules it (Amsterdam time), cancels and schedules it again, sees the worker send it when due
 * and reads the delivery figures, then downloads the report as CSV.
 */
const tag = `d${Date.now().toString(36)}`;
const key = `news-${tag}`;
const company = `Boekhandel ${tag}`;
const english = (page: Page) =>
  page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1" }]);

async function as(browser: Browser, role: "privacy_officer" | "sales", fn: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  const page = await context.newPage();
  await english(page);
  await fn(page);
  await context.close();
}

/** A datetime-local value in Europe/Amsterdam, `minutes` from now, at the start of that minute. */
function amsterdamIn(minutes: number): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(Date.now() + minutes * 60_000));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

test.describe("a designed, scheduled campaign (marketer)", () => {
  test.use({ storageState: storageStateFor("marketer") });

  test.beforeAll(async ({ browser }) => {
    await as(browser, "privacy_officer", async (page) => {
      await page.goto("/purposes");
      const form = page.getByRole("form", { name: "New purpose" });
      await form.getByLabel("Key").fill(key);
      await form.getByLabel("Name (Dutch)").fill(`Nieuwsbrief ${tag}`);
      await form.getByLabel("Name (English)").fill(`Newsletter ${tag}`);
      await form.getByLabel("Notice text (Dutch)").fill("Wij sturen u onze nieuwsbrief per e-mail.");
      await form.getByLabel("Notice text (English)").fill("We send you our newsletter by e-mail.");
      await form.getByRole("button", { name: "Create purpose" }).click();
      await expect(page.getByText("The purpose was created.")).toBeVisible();
    });
    await as(browser, "sales", async (page) => {
      await page.goto("/opt-in");
      await page.getByText("New from business card").click();
      await page.getByLabel("First name").fill("Daan");
      await page.getByLabel("Last name").fill(`Dekker${tag}`);
      await page.getByLabel("Company name").fill(company);
      await page.getByLabel("E-mail address").fill(`daan.${tag}@boekhandel.example`);
      await page.getByRole("checkbox", { name: `Newsletter ${tag}`, exact: true }).check();
      await page.getByLabel("How").selectOption("business_card");
      await page.getByLabel("Where", { exact: true }).fill("Boekenbeurs 2026");
      await page.getByLabel("What was said").fill("Graag de nieuwsbrief.");
      await page.getByRole("checkbox", { name: "They actively said yes to the ticked purposes" }).check();
      await page.getByRole("button", { name: "Save opt-in" }).click();
      await expect(page.getByText("Saved: 1 consent recorded.")).toBeVisible();
    });
  });

  test("designs with a live preview, schedules, cancels, schedules again and reads the report", async ({ page }) => {
    test.setTimeout(240_000);
    await english(page);
    await page.goto("/campaigns/new");
    const form = page.getByRole("form", { name: "New campaign" });
    await form.getByLabel("Name", { exact: true }).fill(`Autumn ${tag}`);
    await form.getByLabel("Purpose", { exact: true }).selectOption({ label: `Newsletter ${tag}` });
    await expect(form.getByRole("radio", { name: /Designed/ })).toBeChecked();
    await form.getByLabel("Subject", { exact: true }).fill(`Autumn news for {{firstName|you}} ${tag}`);
    await form
      .getByLabel("Text", { exact: true })
      .fill("# Autumn reading\n\nDear {{firstName|reader}},\n\nOur **new books** are in. <b>raw</b>");

    // The live preview: the layout, the example recipient's name, the mandatory footer, raw HTML as text.
    const preview = page.frameLocator('iframe[title="Preview"]');
    await expect(preview.getByRole("heading", { name: "Autumn reading" })).toBeVisible();
    await expect(preview.getByText("Dear Anna,", { exact: true })).toBeVisible();
    await expect(preview.getByRole("link", { name: "Afmelden / Unsubscribe" })).toBeVisible();
    await expect(preview.getByText("Our new books are in. <b>raw</b>", { exact: true })).toBeVisible();
    await form.getByRole("button", { name: "Plain text" }).click();
    await expect(form.getByLabel("Plain-text part")).toContainText("Afmelden / Unsubscribe");

    await form.getByLabel("Company name contains").fill(company);
    await form.getByRole("button", { name: "Save campaign" }).click();
    await expect(page.getByRole("heading", { name: `Autumn ${tag}` })).toBeVisible();
    await expect(page.getByTestId("preview-in")).toHaveText("1");

    // Schedule, change one's mind, schedule again for the next minute.
    await page.getByLabel("Send at (Amsterdam time)").fill(amsterdamIn(60));
    await page.getByRole("button", { name: "Schedule", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Scheduled for" })).toBeVisible();
    await page.getByRole("button", { name: "Cancel the schedule" }).click();
    await expect(page.getByLabel("Send at (Amsterdam time)")).toBeVisible();
    await page.getByLabel("Send at (Amsterdam time)").fill(amsterdamIn(2));
    await page.getByRole("button", { name: "Schedule", exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: "Scheduled for" })).toBeVisible();

    // The worker starts it when due; the page shows the progress once it has.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("campaign-progress")).toContainText("Sent", { timeout: 1_000 });
    }).toPass({ timeout: 180_000, intervals: [5_000] });
    await expect(page.getByTestId("count-sent")).toHaveText("1", { timeout: 30_000 });

    await page.getByRole("link", { name: "Report" }).click();
    await expect(page.getByTestId("delivery-delivered")).toHaveText("1");
    await expect(page.getByTestId("delivery-bounced")).toHaveText("0");
    await expect(page.getByTestId("delivery-deferred")).toHaveText("0");

    const href = await page.getByRole("link", { name: "Export CSV" }).getAttribute("href");
    const csv = await page.request.get(href!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const body = await csv.text();
    expect(body).toContain(`Autumn ${tag}`);
    expect(body).toContain(`daan.${tag}@boekhandel.example`);
    expect(body).toContain(",sent,allow,consent,");

    // The mail itself, as kept in the outbox: personalised subject, designed body, one-click headers.
    await page.goto("/outbox");
    await page
      .getByRole("link", { name: `Autumn news for Daan ${tag}`, exact: true })
      .first()
      .click();
    await expect(page.getByText("List-Unsubscribe=One-Click")).toBeVisible();
    const text = await page.getByTestId("outbox-text").innerText();
    expect(text).toContain("Dear Daan,");
    expect(text).toContain("/u/[redacted]");
  });
});
