import {
  asRole,
  createPurposeViaUi,
  english,
  expect,
  fillCampaignForm,
  logOptInViaUi,
  test,
  storageStateFor,
} from "./fixtures";

/**
 * A marketer designs a campaign in Markdown with a live preview in the organisation's layout,
 * schedules it (Amsterdam time), cancels and schedules it again, sees the worker send it when due
 * and reads the delivery figures, then downloads the report as CSV.
 */
const tag = `d${Date.now().toString(36)}`;
const key = `news-${tag}`;
const company = `Boekhandel ${tag}`;
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
    await createPurposeViaUi(browser, {
      key,
      nameNl: `Nieuwsbrief ${tag}`,
      nameEn: `Newsletter ${tag}`,
      noticeNl: "Wij sturen u onze nieuwsbrief per e-mail.",
      noticeEn: "We send you our newsletter by e-mail.",
      phone: false,
    });
    await asRole(browser, "sales", (page) =>
      logOptInViaUi(page, {
        first: "Daan",
        last: `Dekker${tag}`,
        company,
        email: `daan.${tag}@boekhandel.example`,
        purpose: `Newsletter ${tag}`,
        where: "Boekenbeurs 2026",
        said: "Graag de nieuwsbrief.",
      }),
    );
  });

  test("designs with a live preview, schedules, cancels, schedules again and reads the report", async ({ page }) => {
    test.setTimeout(240_000);
    await english(page);
    await page.goto("/campaigns/new");
    const form = page.getByRole("form", { name: "New campaign" });
    await expect(form.getByRole("radio", { name: /Designed/ })).toBeChecked();
    await fillCampaignForm(form, {
      name: `Autumn ${tag}`,
      purpose: `Newsletter ${tag}`,
      subject: `Autumn news for {{firstName|you}} ${tag}`,
      text: "# Autumn reading\n\nDear {{firstName|reader}},\n\nOur **new books** are in. <b>raw</b>",
      company,
    });

    // The live preview: the layout, the example recipient's name, the mandatory footer, raw HTML as text.
    const preview = page.frameLocator('iframe[title="Preview"]');
    await expect(preview.getByRole("heading", { name: "Autumn reading" })).toBeVisible();
    await expect(preview.getByText("Dear Anna,", { exact: true })).toBeVisible();
    await expect(preview.getByRole("link", { name: "Afmelden / Unsubscribe" })).toBeVisible();
    await expect(preview.getByText("Our new books are in. <b>raw</b>", { exact: true })).toBeVisible();
    await form.getByRole("button", { name: "Plain text" }).click();
    await expect(form.getByLabel("Plain-text part")).toContainText("Afmelden / Unsubscribe");

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
