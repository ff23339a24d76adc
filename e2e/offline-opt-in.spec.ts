import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import {
  controlledByServiceWorker,
  createPurposeViaUi,
  english,
  expect,
  PASSWORD,
  signIn,
  storageStateFor,
  test,
} from "./fixtures";

/**
 * A sales rep at a fair hall without network, on a phone: the opt-in screen keeps working from
 * the service worker, two opt-ins (a new contact from a card, with its photo, and a contact the rep met before)
 * wait on the phone, survive a reload, and arrive once each, with the moment they were given,
 * when the network returns, even when the phone never heard the server's first answer. A card of
 * someone who was erased is refused at sync, with a reason that does not say who.
 */
const CARD = path.join(import.meta.dirname, "../tests/fixtures/business-cards/jansen-installatie.png");
const run = Date.now().toString(36);
const letters = (s: string) => s.replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]);
const tag = letters(run);
const purposeName = `Fair newsletter ${tag}`;
const phone = () => `061${String(Date.now()).slice(-7)}`;

/** Yesterday at the given time, as the datetime-local field takes it (the browser's own zone). */
function yesterdayAt(hhmm: string) {
  const d = new Date(Date.now() - 24 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${hhmm}`;
}

/** The privacy officer erases a person through a request, which puts their address on the suppression list. */
async function erasePerson(browser: Browser, email: string) {
  const context = await browser.newContext({ storageState: storageStateFor("privacy_officer") });
  const page = await context.newPage();
  await english(page);
  const last = `Gewist${tag}`;
  await page.goto("/contacts/new");
  const form = page.locator("form").filter({ has: page.locator('input[name="firstName"]') });
  await form.locator('input[name="firstName"]').fill("Erik");
  await form.locator('input[name="lastName"]').fill(last);
  await form.locator('input[name="emails.0.address"]').fill(email);
  await form.locator('input[name="source.detail"]').fill("Vakbeurs Utrecht, stand 12");
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  await page.goto("/requests/new");
  await page.getByLabel("What is asked").selectOption("erasure");
  await page.getByLabel("Received via").selectOption("email");
  await page.getByLabel("Name of the requester").fill(`Erik ${last}`);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByRole("button", { name: "Register request" }).click();
  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
  await page.getByRole("button", { name: `Link Erik ${last}` }).click();
  await page.getByRole("button", { name: "Record verification" }).click();
  await expect(page.getByText("Identity verified (see the facts).")).toBeVisible();
  await page.getByRole("button", { name: "Erase this person" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Erase", exact: true }).click();
  await expect(page.getByTestId("execution-summary")).toContainText("Rows erased per table");
  await context.close();
}

async function fillEvidence(page: Page, when: string, said: string) {
  await page.getByRole("checkbox", { name: purposeName, exact: true }).check();
  await page.getByLabel("How").selectOption("business_card");
  await page.getByLabel("When was it given?").fill(when);
  await page.getByLabel("Where", { exact: true }).fill("Vakbeurs Utrecht, hal 3");
  await page.getByLabel("What was said").fill(said);
  await page.getByRole("checkbox", { name: "They actively said yes to the ticked purposes" }).check();
}

async function newCard(page: Page, person: { first: string; last: string; email: string; phone?: string }) {
  await page.getByText("New from business card").click();
  await page.getByLabel("First name").fill(person.first);
  await page.getByLabel("Last name").fill(person.last);
  await page.getByLabel("E-mail address").fill(person.email);
  if (person.phone) await page.getByLabel("Phone number").fill(person.phone);
}

test.describe("logging opt-ins without network, on a phone", () => {
  test.use({ storageState: storageStateFor("sales"), viewport: { width: 390, height: 844 }, hasTouch: true });

  const known = { first: "Karin", last: `Bekend${tag}`, email: `karin.${tag}@bekend.example`, phone: phone() };
  const fresh = { first: "Noor", last: `Nieuw${tag}`, email: `noor.${tag}@nieuw.example` };
  const erased = { first: "Erik", last: `Kaart${tag}`, email: `erik.${tag}@gewist.example` };

  test.beforeAll(async ({ browser }) => {
    await createPurposeViaUi(browser, {
      key: `fair-${tag}`,
      nameNl: `Beursnieuwsbrief ${tag}`,
      nameEn: purposeName,
      noticeNl: "Wij sturen u na de beurs onze nieuwsbrief. Afmelden kan altijd.",
      noticeEn: "We send you our newsletter after the fair. You can unsubscribe at any time.",
    });
    await erasePerson(browser, erased.email);
  });

  test("two opt-ins wait on the phone, survive a reload, and arrive once each with their moments", async ({
    page,
    context,
  }) => {
    // The service worker precaches the app's static files before it takes control: slow under load.
    test.setTimeout(180_000);
    await english(page);
    // Online first: the rep meets Karin, so she is among the rep's recent contacts on the phone.
    await page.goto("/opt-in");
    await newCard(page, known);
    await fillEvidence(page, yesterdayAt("09:00"), "Graag, stuur maar.");
    await page.getByRole("button", { name: "Save opt-in" }).click();
    await expect(page.getByText("Saved: 1 consent recorded.")).toBeVisible();

    // The page is controlled by the service worker, which has kept the screen and the kit.
    await page.reload();
    await controlledByServiceWorker(page);
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const cache = await caches.open("grondslag-opt-in");
          return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
        }),
      )
      .toEqual(["/api/opt-in/offline-kit", "/opt-in"]);
    // The kit the phone keeps is the one fetched after Karin's opt-in, not one kept before it.
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const kept = await (await caches.open("grondslag-opt-in")).match("/api/opt-in/offline-kit");
          return kept ? await kept.text() : "";
        }),
      )
      .toContain(known.last);

    await context.setOffline(true);
    const freshMoment = yesterdayAt("14:05");
    await newCard(page, fresh);
    await fillEvidence(page, freshMoment, "Ja, hier is mijn kaartje.");
    // The photo of the card waits on the phone with the opt-in, and arrives with it as evidence.
    await page.getByLabel("Photo of the card or form (optional)").setInputFiles(CARD);
    await page.getByRole("button", { name: "Save opt-in" }).click();
    await expect(page.getByText("No network: the opt-in is saved on this phone")).toBeVisible();

    const knownMoment = yesterdayAt("15:30");
    await page.getByText("Existing contact").click();
    await page.getByLabel("Find the contact").fill(known.last);
    await page.getByRole("button", { name: new RegExp(`${known.first} ${known.last}`) }).click();
    await fillEvidence(page, knownMoment, "Ook de beursnieuwsbrief, graag.");
    await page.getByRole("button", { name: "Save opt-in" }).click();
    const queue = page.getByTestId("offline-queue");
    await expect(queue).toContainText("2 opt-ins waiting to be sent");

    // Still offline: the screen opens from the phone, with both opt-ins still waiting.
    await page.reload();
    await expect(page.getByRole("form", { name: "Log an opt-in" })).toBeVisible();
    await expect(queue).toContainText("2 opt-ins waiting to be sent");

    // The first answer from the server is lost on the way back: the phone retries, and the
    // server answers with the first result instead of recording it again.
    let dropped = false;
    await context.route("**/opt-in", async (route) => {
      const request = route.request();
      if (!dropped && request.method() === "POST" && (await request.headerValue("next-action"))) {
        dropped = true;
        await route.fetch();
        return route.abort("connectionreset");
      }
      return route.fallback();
    });
    await context.setOffline(false);
    await expect(queue.getByText(`Already recorded: ${fresh.first} ${fresh.last}`)).toBeVisible({ timeout: 30_000 });
    await expect(queue.getByText(`Sent: ${known.first} ${known.last}`)).toBeVisible();
    await expect(queue).not.toContainText("waiting to be sent");
    expect(dropped).toBe(true);
    await context.unrouteAll();

    // Each arrived once, counted from when it was given.
    const expectedIso = (local: string) => page.evaluate((l) => new Date(l).getTime(), local);
    for (const [person, moment, count] of [
      [fresh, freshMoment, 1],
      [known, knownMoment, 2],
    ] as const) {
      await page.goto(`/contacts?q=${encodeURIComponent(person.last)}`);
      const link = page.getByRole("link", { name: new RegExp(person.last) });
      await expect(link).toHaveCount(1);
      await link.click();
      const entries = page.getByTestId("timeline-consent");
      await expect(entries).toHaveCount(count);
      const times = await entries.locator("time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
      const want = await expectedIso(moment);
      expect(times.some((t) => Math.abs(Date.parse(t!) - want) < 5_000)).toBe(true);
      if (person === fresh) {
        const image = entries.first().getByRole("img", { name: "Attachment jansen-installatie.png" });
        const stored = await page.request.get((await image.getAttribute("src"))!);
        expect(Buffer.from(await stored.body()).equals(readFileSync(CARD))).toBe(true);
      }
    }
  });

  test("a card of an erased person is refused at sync, and the rep is not told who", async ({ page, context }) => {
    // The service worker precaches the app's static files before it takes control: slow under load.
    test.setTimeout(180_000);
    await english(page);
    await page.goto("/opt-in");
    await controlledByServiceWorker(page);
    await context.setOffline(true);
    await newCard(page, erased);
    await fillEvidence(page, yesterdayAt("11:00"), "Ja hoor.");
    await page.getByRole("button", { name: "Save opt-in" }).click();
    const queue = page.getByTestId("offline-queue");
    await expect(queue).toContainText("1 opt-in waiting to be sent");
    await context.setOffline(false);
    const refusal = queue.getByRole("alert");
    await expect(refusal).toContainText("cannot be recorded from an offline capture");
    await expect(refusal).not.toContainText(erased.email);
    await expect(refusal).not.toContainText("erased");
    // It stays on the phone for the rep, editable, until it is dealt with.
    await queue.getByRole("button", { name: "Discard" }).click();
    await expect(page.getByTestId("offline-queue")).toHaveCount(0);
  });

  test("a lost phone's sessions are ended by the administrator; signing out asks, then wipes the phone", async ({
    browser,
  }) => {
    // The service worker precaches the app's static files before it takes control: slow under load.
    test.setTimeout(180_000);
    // A rep of their own: ending sessions must not sign out the sales user the other journeys use.
    const rep = { name: `Lotte Lost ${tag}`, email: `lotte.${tag}@e2e.test` };
    const admin = await browser.newContext({ storageState: storageStateFor("admin") });
    const adminPage = await admin.newPage();
    await english(adminPage);
    await adminPage.goto("/admin/users");
    const form = adminPage.getByRole("form", { name: "Add a user" });
    await form.getByLabel("Name").fill(rep.name);
    await form.getByLabel("E-mail address").fill(rep.email);
    await form.getByLabel("Role").selectOption("sales");
    await form.getByLabel("Initial password").fill(PASSWORD);
    await form.getByRole("button", { name: "Add user" }).click();
    await expect(adminPage.getByTestId(`user-row-${rep.email}`)).toBeVisible();

    // Signed out to start with (the describe's sales session is the default for new contexts).
    const phone = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    });
    const page = await phone.newPage();
    await english(page);
    await signIn(page, rep.email, PASSWORD);
    await expect(page.getByTestId("current-user")).toContainText(rep.name);
    await page.goto("/opt-in");
    await controlledByServiceWorker(page);
    await phone.setOffline(true);
    await newCard(page, { first: "Sanne", last: `Verloren${tag}`, email: `sanne.${tag}@verloren.example` });
    await fillEvidence(page, yesterdayAt("10:00"), "Ja, graag.");
    await page.getByRole("button", { name: "Save opt-in" }).click();
    await expect(page.getByTestId("offline-queue")).toContainText("1 opt-in waiting to be sent");

    // The phone is lost: the administrator ends the rep's sessions.
    const row = adminPage.getByTestId(`user-row-${rep.email}`);
    await row.getByRole("button", { name: "End sessions" }).click();
    await adminPage.getByRole("dialog").getByRole("button", { name: "End sessions" }).click();
    await expect(adminPage.getByText(`The sessions of ${rep.name} have ended.`)).toBeVisible();
    await admin.close();

    // Back online, the phone's session is worthless: nothing is sent, the screen asks for sign-in.
    await phone.setOffline(false);
    await page.goto("/opt-in");
    await expect(page).toHaveURL(/\/sign-in/);

    // Found again: the rep signs in; signing out asks first, because an opt-in still waits.
    await signIn(page, rep.email, PASSWORD);
    await expect(page.getByTestId("current-user")).toContainText(rep.name);
    const stored = () =>
      page.evaluate(async () => ({
        databases: (await indexedDB.databases()).map((d) => d.name),
        caches: await caches.keys(),
      }));
    expect((await stored()).databases).toContain("grondslag-offline");
    page.once("dialog", (dialog) => {
      expect(dialog.message()).toContain("1 opt-in has not been sent yet");
      void dialog.dismiss();
    });
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByTestId("current-user")).toContainText(rep.name);
    expect((await stored()).databases).toContain("grondslag-offline");

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    expect((await stored()).databases).not.toContain("grondslag-offline");
    // The kit the worker was still fetching as the rep signed out is gone once the sign-in page is up.
    await expect.poll(async () => (await stored()).caches).not.toContain("grondslag-opt-in");
    await phone.close();
  });
});
