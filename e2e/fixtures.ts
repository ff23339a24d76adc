import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type Locator, type Page } from "@playwright/test";
import path from "node:path";
import type { Role } from "../src/domain/vocabulary";

/** The users the first-run journey creates; every other journey signs in as one of them. */
export const PASSWORD = "correct horse battery staple";
export const USERS: Record<Role, { email: string; password: string; name: string }> = {
  admin: { email: "admin@e2e.test", password: PASSWORD, name: "Anne Admin" },
  privacy_officer: { email: "fg@e2e.test", password: PASSWORD, name: "Pieter Privacy" },
  marketer: { email: "marketing@e2e.test", password: PASSWORD, name: "Mila Marketing" },
  sales: { email: "sales@e2e.test", password: PASSWORD, name: "Sven Sales" },
};

export function storageStateFor(role: Role): string {
  return path.join(import.meta.dirname, ".auth", `${role}.json`);
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

export async function useEnglish(page: Page) {
  const url = new URL(page.url() === "about:blank" ? "http://127.0.0.1" : page.url());
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", domain: url.hostname, path: "/" }]);
}

/** Show the app in English for this page's context (the default is Dutch). */
export async function english(page: Page) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: "http://127.0.0.1" }]);
}

/** Runs `fn` on a page signed in as `role`, in English, in a browser context of its own. */
export async function asRole(browser: Browser, role: Role, fn: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  const page = await context.newPage();
  await english(page);
  try {
    await fn(page);
  } finally {
    await context.close();
  }
}

/**
 * The privacy officer creates a purpose through the purposes screen, in its own browser context,
 * so a journey starts from a purpose that exists the way a user would have made it. E-mail is
 * always a channel; phone unless `phone: false`.
 */
export async function createPurposeViaUi(
  browser: Browser,
  p: {
    key: string;
    nameNl: string;
    nameEn: string;
    noticeNl: string;
    noticeEn: string;
    phone?: boolean;
    post?: boolean;
  },
) {
  await asRole(browser, "privacy_officer", async (page) => {
    await page.goto("/purposes");
    const form = page.getByRole("form", { name: "New purpose" });
    await form.getByLabel("Key").fill(p.key);
    await form.getByLabel("Name (Dutch)").fill(p.nameNl);
    await form.getByLabel("Name (English)").fill(p.nameEn);
    if (p.phone !== false) await form.getByLabel("Phone", { exact: true }).check();
    if (p.post) await form.getByLabel("Post", { exact: true }).check();
    await form.getByLabel("Notice text (Dutch)").fill(p.noticeNl);
    await form.getByLabel("Notice text (English)").fill(p.noticeEn);
    await form.getByRole("button", { name: "Create purpose" }).click();
    await expect(page.getByText("The purpose was created.")).toBeVisible();
  });
}

/** Sales logs a person's opt-in for one purpose from their business card (an English page). */
export async function logOptInViaUi(
  page: Page,
  o: { first: string; last: string; company: string; email: string; purpose: string; where: string; said: string },
) {
  await page.goto("/opt-in");
  await page.getByText("New from business card").click();
  await page.getByLabel("First name").fill(o.first);
  await page.getByLabel("Last name").fill(o.last);
  await page.getByLabel("Company name").fill(o.company);
  await page.getByLabel("E-mail address").fill(o.email);
  await page.getByRole("checkbox", { name: o.purpose, exact: true }).check();
  await page.getByLabel("How").selectOption("business_card");
  await page.getByLabel("Where", { exact: true }).fill(o.where);
  await page.getByLabel("What was said").fill(o.said);
  await page.getByRole("checkbox", { name: "They actively said yes to the ticked purposes" }).check();
  await page.getByRole("button", { name: "Save opt-in" }).click();
  await expect(page.getByText("Saved: 1 consent recorded.")).toBeVisible();
}

/** A contact entered by hand, met at an event, without any consent (an English page); with a
 *  business postal address when given. */
export async function createContactViaUi(
  page: Page,
  o: {
    first: string;
    last: string;
    company: string;
    email: string;
    details: string;
    address?: { street: string; postalCode: string; city: string };
  },
) {
  await page.goto("/contacts/new");
  const form = page.getByRole("form", { name: "New contact" });
  await form.getByLabel("First name").fill(o.first);
  await form.getByLabel("Last name").fill(o.last);
  await form.getByLabel("Company name").fill(o.company);
  await form.getByRole("textbox", { name: "E-mail address" }).fill(o.email);
  if (o.address) {
    await form.getByLabel("Street and number").fill(o.address.street);
    await form.getByLabel("Postcode").fill(o.address.postalCode);
    await form.getByLabel("City").fill(o.address.city);
  }
  await form.getByLabel("Source").selectOption("event");
  await form.getByLabel("Details").fill(o.details);
  await form.getByRole("button", { name: "Create contact" }).click();
  await expect(page.getByRole("heading", { name: `${o.first} ${o.last}` })).toBeVisible();
}

/** The new-campaign form's own fields; the company filter only when given (a segment fixes it). */
export async function fillCampaignForm(
  form: Locator,
  c: { name: string; purpose: string; subject: string; text: string; company?: string },
) {
  await form.getByLabel("Name", { exact: true }).fill(c.name);
  await form.getByLabel("Purpose", { exact: true }).selectOption({ label: c.purpose });
  await form.getByLabel("Subject", { exact: true }).fill(c.subject);
  await form.getByLabel("Text", { exact: true }).fill(c.text);
  if (c.company !== undefined) await form.getByLabel("Company name contains").fill(c.company);
}

/** A phone's width (390 px) shows the page without sideways scrolling; the size is put back after. */
export async function expectFitsPhone(page: Page) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  if (size) await page.setViewportSize(size);
}

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectAxeFindsNothing(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/**
 * Checks the page for WCAG 2.1 A/AA violations with axe. axe runs as script inside the page, so a
 * page opened without JavaScript (the no-script path of a public form) is checked by serving its
 * exact markup, scripts removed, at the same address in a scripted browser context: the same
 * elements, labels and styles, judged the same way.
 */
export async function expectNoA11yViolations(page: Page, { javaScript = true }: { javaScript?: boolean } = {}) {
  if (javaScript) return expectAxeFindsNothing(page);
  const markup = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  const address = page.url();
  const context = await page.context().browser()!.newContext({ viewport: page.viewportSize() });
  try {
    const copy = await context.newPage();
    await copy.route(
      (url) => url.href === address,
      (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: markup }),
    );
    await copy.goto(address);
    await expectAxeFindsNothing(copy);
  } finally {
    await context.close();
  }
}

/**
 * Waits until the page is controlled by the opt-in screen's service worker. While it waits it reads
 * the worker's state, so a worker that never activates fails with where it got stuck (installing,
 * waiting, none at all) instead of a bare timeout.
 *
 * A worker that activates claims the open pages, but a page whose load was still under way at that
 * moment can miss the claim; the browser then controls it from its next load. So once the worker is
 * active, a page that is not yet controlled is loaded again, as the rep's next visit would be, and
 * that load must be controlled.
 */
export async function controlledByServiceWorker(page: Page, timeout = 150_000) {
  const state = () =>
    page.evaluate(async () => {
      if (navigator.serviceWorker.controller) return "controlled";
      const r = await navigator.serviceWorker.getRegistration();
      if (!r) return "no registration";
      if (r.active?.state === "activated") return "active";
      return `not active: installing=${r.installing?.state ?? "-"} waiting=${r.waiting?.state ?? "-"} active=${r.active?.state ?? "-"}`;
    });
  await expect.poll(state, { timeout, intervals: [250, 500, 1000] }).toMatch(/^(controlled|active)$/);
  if ((await state()) === "controlled") return;
  await page.reload();
  await expect.poll(state, { timeout: 15_000 }).toBe("controlled");
}

export const test = base;
export { expect };
