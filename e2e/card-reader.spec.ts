import { readFileSync } from "node:fs";
import path from "node:path";
import {
  controlledByServiceWorker,
  createPurposeViaUi,
  english,
  expect,
  expectNoA11yViolations,
  storageStateFor,
  test,
} from "./fixtures";

/**
 * A sales rep at a fair photographs a business card on /opt-in: the phone reads it (OCR in a web
 * worker, engine and language data from our own server), proposes the fields, and fills in the
 * ticked ones when the rep accepts them. What the rep already typed stays unless they tick it. The
 * photo goes on to the evidence step only when the rep chooses to, and no request leaves our origin.
 * Once read with network, the reader works without it: the service worker keeps its files.
 */
const CARD = path.join(import.meta.dirname, "../tests/fixtures/business-cards/jansen-installatie.png");
const tag = Date.now().toString(36);
const typedEmail = `marieke.${tag}@typed-by-hand.example`;
const purposeName = `Card news ${tag}`;

test.describe("reading a business card on the phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test.beforeAll(async ({ browser }) => {
    await createPurposeViaUi(browser, {
      key: `card-news-${tag}`,
      nameNl: `Kaartnieuws ${tag}`,
      nameEn: purposeName,
      noticeNl: "Wij sturen u maandelijks onze nieuwsbrief.",
      noticeEn: "We send you our monthly newsletter.",
    });
  });

  test("the proposed fields are filled in after the rep accepts them", async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const context = await browser.newContext({ storageState: storageStateFor("sales") });
    const page = await context.newPage();
    const elsewhere: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(baseURL!) && !/^(data|blob):/.test(r.url())) elsewhere.push(r.url());
    });
    await english(page);
    await page.goto("/opt-in");
    await page.getByText("New from business card").click();
    // Typed before the photo: a proposal must not replace it unasked.
    await page.getByLabel("E-mail address").fill(typedEmail);

    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Read card from a photo" }).click();
    await (await chooser).setFiles(CARD);
    const started = Date.now();
    await expect(
      page.getByRole("status").filter({ hasText: /Preparing the card reader|Reading the card/ }),
    ).toBeVisible();
    const found = page.getByRole("region", { name: "Business card reader" });
    await expect(found.getByRole("heading", { name: "Found on the card" })).toBeVisible({ timeout: 120_000 });
    // Loading the engine and both languages, then reading: a figure for the report, not a check.
    test
      .info()
      .annotations.push({ type: "first read in the browser (s)", description: String((Date.now() - started) / 1000) });

    await expect(found.getByRole("checkbox", { name: /Name\s*Marieke de Vries/ })).toBeChecked();
    await expect(found.getByRole("checkbox", { name: /Phone number\s*\+31612345678/ })).toBeChecked();
    const email = found.getByRole("checkbox", { name: /E-mail address\s*marieke\.devries@jansen-installatie\.nl/ });
    await expect(email).not.toBeChecked();
    await expect(found.getByText(`Replaces “${typedEmail}”`)).toBeVisible();
    await expectNoA11yViolations(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);

    await found.getByRole("button", { name: "Fill in ticked fields" }).click();
    await expect(found.getByRole("status")).toHaveText("4 fields filled in: check them before you save.");
    await expect(page.getByLabel("First name")).toHaveValue("Marieke");
    await expect(page.getByLabel("Last name")).toHaveValue("de Vries");
    await expect(page.getByLabel("Company name")).toHaveValue("Jansen Installatietechniek");
    await expect(page.getByLabel("Phone number")).toHaveValue("+31612345678");
    await expect(page.getByLabel("E-mail address")).toHaveValue(typedEmail);
    await page.getByText("Job title and KvK number").click();
    await expect(page.getByLabel("Job title")).toHaveValue("Commercieel manager");

    // The photo goes to the evidence step only on request; nothing was uploaded by reading it.
    await expect(page.getByRole("img", { name: "Preview of the photo" })).toHaveCount(0);
    await found.getByRole("button", { name: "Use this photo as evidence" }).click();
    await expect(found.getByText("This photo is attached as evidence")).toBeVisible();
    await expect(page.getByRole("img", { name: "Preview of the photo" })).toBeVisible();

    // Saved as any opt-in: the card photo is uploaded with it, byte for byte the one that was read.
    await page.getByRole("checkbox", { name: purposeName, exact: true }).check();
    await page.getByLabel("Where", { exact: true }).fill("Vakbeurs Utrecht, stand 12");
    await page.getByLabel("What was said").fill("Ja, stuur me de nieuwsbrief.");
    await page.getByRole("checkbox", { name: "They actively said yes to the ticked purposes" }).check();
    await page.getByRole("button", { name: "Save opt-in" }).click();
    await expect(page.getByText("Saved: 1 consent recorded.")).toBeVisible();
    await page.getByRole("link", { name: "Open the contact" }).click();
    await expect(page.getByRole("heading", { name: "Marieke de Vries" })).toBeVisible();
    const image = page
      .getByTestId("timeline-consent")
      .first()
      .getByRole("img", { name: "Attachment jansen-installatie.png" });
    const stored = await page.request.get((await image.getAttribute("src"))!);
    expect(Buffer.from(await stored.body()).equals(readFileSync(CARD))).toBe(true);
    expect(elsewhere).toEqual([]);
    await context.close();
  });

  test("once read with network, a card can be read in a hall without it", async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ storageState: storageStateFor("sales") });
    const page = await context.newPage();
    await english(page);
    await page.goto("/opt-in");
    await controlledByServiceWorker(page);
    const readCard = async () => {
      await page.getByText("New from business card").click();
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Read card from a photo" }).click();
      await (await chooser).setFiles(CARD);
      const found = page.getByRole("region", { name: "Business card reader" });
      await expect(found.getByRole("heading", { name: "Found on the card" })).toBeVisible({ timeout: 120_000 });
      await expect(found.getByRole("checkbox", { name: /Name\s*Marieke de Vries/ })).toBeChecked();
    };
    await readCard(); // with network: the service worker keeps the engine and the languages

    // Only what the service worker kept may answer now: not the browser's own HTTP cache.
    await (await context.newCDPSession(page)).send("Network.clearBrowserCache");
    await context.setOffline(true);
    await page.reload();
    await readCard();
    await context.setOffline(false);
    await context.close();
  });

  test("the reader's files are served to signed-in reps only, and only the listed ones", async ({ browser }) => {
    const rep = await browser.newContext({ storageState: storageStateFor("sales") });
    const worker = await rep.request.get("/opt-in/ocr/7.0.0/worker.min.js");
    expect(worker.status()).toBe(200);
    expect(worker.headers()["cache-control"]).toContain("immutable");
    expect(worker.headers()["content-security-policy"]).toContain("'wasm-unsafe-eval'");
    expect((await rep.request.get("/opt-in/ocr/7.0.0/package.json")).status()).toBe(404);
    expect((await rep.request.get("/opt-in/ocr/6.0.0/worker.min.js")).status()).toBe(404);
    await rep.close();
    const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const refused = await stranger.request.get("/opt-in/ocr/7.0.0/nld.traineddata.gz", { maxRedirects: 0 });
    expect(refused.status()).not.toBe(200);
    await stranger.close();
  });
});
