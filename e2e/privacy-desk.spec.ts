import type { Page } from "@playwright/test";
import { createPurposeViaUi, expect, test, storageStateFor } from "./fixtures";

/**
 * The privacy officer's desk end to end, in English: the breach register with its 72-hour clock,
 * retention, the processors register, and the dashboard charts. Each journey makes its own data.
 */
const uid = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const letters = (s: string) => s.replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]);

async function english(page: Page, baseURL: string | undefined) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL ?? "http://127.0.0.1:3100" }]);
}

/** "yyyy-MM-ddTHH:mm" on the Amsterdam clock (the browser runs in Europe/Amsterdam). */
function localInput(at: Date) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

const purposeFor = (u: string) => ({
  key: `desk-${u}`,
  nameNl: `Nieuwsbrief ${u}`,
  nameEn: `Newsletter ${u}`,
  noticeNl: "Wij sturen u onze nieuwsbrief; afmelden kan altijd.",
  noticeEn: "We send you our newsletter; unsubscribe at any time.",
});

async function createContact(page: Page) {
  const u = letters(uid());
  await page.goto("/contacts/new");
  const form = page.locator("form").filter({ has: page.locator('input[name="firstName"]') });
  await form.locator('input[name="firstName"]').fill(`Lek${u}`);
  await form.locator('input[name="lastName"]').fill(`Getroffen${u}`);
  await form.locator('input[name="company.name"]').fill(`Bedrijf ${u}`);
  await form.locator('input[name="emails.0.address"]').fill(`lek.${u}@voorbeeld-${u}.nl`);
  await form.locator('input[name="source.detail"]').fill("Vakbeurs Utrecht, stand 12");
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  return { id: page.url().split("/").pop()!, name: `Lek${u} Getroffen${u}` };
}

test.describe("the privacy officer's desk", () => {
  test.use({ storageState: storageStateFor("privacy_officer") });

  test("a late breach: the clock is overdue, the late notification needs reasons, people are informed", async ({
    page,
    baseURL,
  }) => {
    await english(page, baseURL);
    await createContact(page);
    const title = `Stolen laptop ${uid()}`;
    await page.goto("/breaches");
    await page.getByRole("link", { name: "Register a breach" }).click();
    await page.getByLabel("Short title").fill(title);
    await page.getByLabel("Aware since").fill(localInput(new Date(Date.now() - 80 * 3_600_000)));
    await page.getByLabel("What happened").fill("A laptop with a contact export was stolen from a car.");
    await page.getByLabel("Contact details").check();
    await page.getByLabel("Likely consequences").fill("Phishing mails to the people in the export.");
    await page.getByLabel("Measures taken or proposed").fill("Laptop wiped remotely; passwords changed.");
    await page.getByLabel("Risk to the people involved").selectOption("high_risk");
    await page.getByRole("button", { name: "Register breach" }).click();
    await expect(page).toHaveURL(/\/breaches\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("breach-facts")).toContainText("72 hours passed");

    const notify = page.getByRole("form", { name: "Notifications to the Dutch DPA" });
    await notify.getByLabel("What was reported").fill("Initial notification through the DPA form.");
    await notify.getByLabel("DPA reference").fill(`AP-${uid()}`);
    await notify.getByRole("button", { name: "Record notification" }).click();
    await expect(notify.getByText("More than 72 hours have passed")).toBeVisible();
    await notify.getByLabel("Reasons for the delay").fill("The theft was reported to us late on a Friday.");
    await notify.getByRole("button", { name: "Record notification" }).click();
    await expect(page.getByTestId("notification-history")).toContainText("Initial notification");
    await expect(page.getByTestId("breach-facts")).toContainText("Notified late");

    const affected = page.getByRole("form", { name: "Add affected people" });
    await affected.getByLabel("By a query over the data").check();
    await affected.getByLabel("Source").selectOption("business_card");
    await affected.getByRole("button", { name: "Add to the list" }).click();
    await expect(page.getByText(/\d+ (person|people) added\./)).toBeVisible();
    await page.getByRole("button", { name: /^Send to \d+ (person|people)$/ }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Send" }).click();
    await expect(page.getByText(/\d+ sent; 0 still to send/)).toBeVisible();

    await page.goto("/breaches");
    await expect(page.getByTestId("breach-list").getByRole("row").filter({ hasText: title })).toContainText(
      "Notified late",
    );
  });

  test("a breach that needs no notification stays in the register with the reasoning", async ({ page, baseURL }) => {
    await english(page, baseURL);
    const title = `Mail to wrong colleague ${uid()}`;
    await page.goto("/breaches/new");
    await page.getByLabel("Short title").fill(title);
    await page.getByLabel("What happened").fill("An internal list went to the wrong colleague, who deleted it.");
    await page.getByLabel("Risk to the people involved").selectOption("unlikely");
    await page.getByRole("button", { name: "Register breach" }).click();
    await expect(page.getByText("Give the reason why notification is not needed.")).toBeVisible();
    await page.getByLabel("Why notification is not needed").fill("Deleted unread, confirmed in writing.");
    await page.getByRole("button", { name: "Register breach" }).click();
    await expect(page.getByTestId("breach-facts")).toContainText("No notification needed");
    await page.goto("/breaches");
    await expect(page.getByTestId("breach-list")).toContainText(title);
  });

  test("retention: periods are saved, a check runs, and a legal hold is set and lifted", async ({ page, baseURL }) => {
    await english(page, baseURL);
    const contact = await createContact(page);
    const hold = page.getByRole("form", { name: "Legal hold" });
    await hold.getByRole("button", { name: "Put on legal hold" }).click();
    await expect(hold.getByText("Give the reason for the legal hold.")).toBeVisible();
    await hold.getByLabel("Reason for a legal hold").fill("Dispute about an invoice");
    await hold.getByRole("button", { name: "Put on legal hold" }).click();
    await expect(page.getByTestId("legal-hold-on")).toContainText("Dispute about an invoice");

    await page.goto("/retention");
    const settings = page.getByRole("form", { name: "Retention periods" });
    await settings.getByLabel("Months without any basis").fill("36");
    await settings.getByRole("button", { name: "Save retention settings" }).click();
    await expect(settings.getByText("Retention settings saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Months without any basis")).toHaveValue("36");
    await expect(page.getByText(/\d+ contacts? on legal hold/)).toBeVisible();
    await page.getByRole("button", { name: "Check now" }).click();
    await expect(page.getByText(/Check done: \d+ past retention/)).toBeVisible();
    await expect(page.getByText(/Last check:/)).toBeVisible();
    await settings.getByLabel("Months without any basis").fill("24");
    await settings.getByRole("button", { name: "Save retention settings" }).click();
    await expect(settings.getByText("Retention settings saved.")).toBeVisible();

    await page.goto(`/contacts/${contact.id}`);
    await page.getByRole("form", { name: "Legal hold" }).getByRole("button", { name: "Lift legal hold" }).click();
    await expect(page.getByRole("form", { name: "Legal hold" }).getByLabel("Reason for a legal hold")).toBeVisible();
  });

  test("processors: an agreement-less processor outside the EEA warns, here and on the dashboard", async ({
    page,
    baseURL,
  }) => {
    await english(page, baseURL);
    const name = `Mailer ${uid()}`;
    await page.goto("/registers/processors");
    const form = page.getByRole("form", { name: "Add a processor" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Country (2 letters)").fill("US");
    await form.getByRole("button", { name: "Add processor" }).click();
    await expect(form.getByText("Processor saved.")).toBeVisible();
    const card = page.getByTestId("processor").filter({ hasText: name });
    await expect(card).toContainText("No agreement");
    await expect(card).toContainText("Transfer without mechanism");
    await card.locator("summary", { hasText: "Add a sub-processor" }).click();
    await card.getByRole("form", { name: "Add a sub-processor" }).getByLabel("Name").fill("Cloud host");
    await card
      .getByRole("form", { name: "Add a sub-processor" })
      .getByRole("button", { name: "Add a sub-processor" })
      .click();
    await expect(card).toContainText("Cloud host");

    await page.goto("/");
    const tile = page.getByTestId("tile-processors");
    await expect(tile).not.toContainText(/^\s*Processors needing review\s*0\s*$/);
    await tile.click();
    await expect(page).toHaveURL(/\/registers\/processors$/);
  });

  test("the dashboard charts render with data, with a table as text alternative", async ({
    page,
    baseURL,
    browser,
  }) => {
    const purpose = purposeFor(uid());
    await createPurposeViaUi(browser, purpose);
    await english(page, baseURL);
    await page.goto("/");
    // The counts of the whole base are stored figures: compute them now, with the new purpose.
    const asOf = page.getByTestId("figures-as-of");
    await asOf.getByRole("button", { name: "Update now" }).click();
    await expect(asOf.getByRole("button", { name: "Update now" })).toBeEnabled();
    for (const id of ["chart-coverage", "chart-opt-ins", "chart-requests"]) {
      const chart = page.getByTestId(id);
      await expect(chart.locator('[data-chart="svg"] svg')).toBeVisible();
      await expect(chart.getByRole("img")).toHaveAttribute("aria-label", /\d/);
    }
    const optIns = page.getByTestId("chart-opt-ins");
    await optIns.getByText("Show as table").click();
    await expect(optIns.getByRole("table").getByRole("row")).toHaveCount(13);
    const coverage = page.getByTestId("chart-coverage");
    await coverage.getByText("Show as table").click();
    await expect(coverage.getByRole("columnheader", { name: "Rule", exact: true })).toBeVisible();
    // The contacts made by the journeys above are all counted under the new purpose: by the rule
    // the engine decided by, or as not decided yet while the decision store catches up.
    const counted = await coverage
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: purpose.nameEn, exact: true }) })
      .evaluateAll((rows) => rows.map((r) => Number(r.querySelectorAll("td")[3]?.textContent ?? 0)));
    expect(counted.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    await expect(page.getByTestId("tile-breach-clocks")).toBeVisible();
  });
});

test.describe("the dashboard by role", () => {
  test.use({ storageState: storageStateFor("sales") });
  test("sales see their own opt-ins, not the privacy desk", async ({ page, baseURL }) => {
    await english(page, baseURL);
    await page.goto("/");
    await expect(page.getByTestId("chart-opt-ins")).toContainText("Your opt-ins and withdrawals per week");
    await expect(page.getByTestId("chart-coverage")).toHaveCount(0);
    await expect(page.getByTestId("tile-breach-clocks")).toHaveCount(0);
    await page.goto("/breaches");
    await expect(page.getByRole("heading", { name: "Data breaches" })).toHaveCount(0);
  });
});

test.describe("the register of processing activities", () => {
  test.use({ storageState: storageStateFor("privacy_officer") });
  test("an entry per purpose, a new version on save, and the exports", async ({ page, baseURL, browser }) => {
    await createPurposeViaUi(browser, purposeFor(uid()));
    await english(page, baseURL);
    await page.goto("/registers/processing");
    const entry = page.getByTestId("register-entry").first();
    await expect(entry).toContainText("Legal bases recorded");
    await entry.getByText("Edit the hand-written part").click();
    const description = `Newsletter to prospects who opted in ${uid()}`;
    await entry.getByLabel("Description of the processing").fill(description);
    await entry.getByLabel("DPIA reference").fill("DPIA-2026-01");
    await entry.getByRole("button", { name: "Save as a new version" }).click();
    await expect(entry.getByText("Saved as a new version.")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("register-entry").first()).toContainText(description);
    await expect(page.getByTestId("register-entry").first()).toContainText(/Version \d+, .* by Pieter Privacy/);

    const html = await page.request.get("/registers/processing/export?format=html&lang=en");
    expect(html.headers()["content-type"]).toContain("text/html");
    expect(await html.text()).toContain(description);
    const json = await (await page.request.get("/registers/processing/export?format=json")).json();
    expect(json["@context"].dpv).toBe("https://w3id.org/dpv#");
    expect(json.activities.some((a: { description: string }) => a.description === description)).toBe(true);
  });
});
