import { createPurposeViaUi, english, expect, expectNoA11yViolations, test, storageStateFor } from "./fixtures";
import type { Page } from "@playwright/test";

/**
 * The workspace around the work: the grouped navigation at phone and desktop size, the search in
 * the top bar, and the contacts list with what each person agreed to.
 */
const tag = Date.now().toString(36);
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

const nav = (page: Page) => page.getByRole("navigation", { name: "Main" });

test.describe("navigation on a phone (sales)", () => {
  test.use({ storageState: storageStateFor("sales"), viewport: PHONE });
  test.beforeEach(async ({ page }) => english(page));

  test("folds behind a menu button that works with the keyboard, and nothing scrolls sideways", async ({ page }) => {
    await page.goto("/contacts");
    await expect(page.getByRole("heading", { name: "Contacts", exact: true })).toBeVisible();
    await expectNoHorizontalScroll(page);
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav(page)).toBeHidden();
    // The first task is one tap away without opening the menu.
    await expect(page.getByTestId("first-task")).toHaveText("Log an opt-in");

    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav(page).getByRole("link", { name: "Contacts", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(nav(page).getByRole("list", { name: "Outreach" })).toBeVisible();
    await expect(nav(page).getByRole("link", { name: "Users" })).toHaveCount(0);
    await expect(nav(page).getByRole("list", { name: "Privacy" })).toBeVisible();
    await expectNoHorizontalScroll(page);

    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(nav(page)).toBeHidden();

    await page.keyboard.press("Space");
    await nav(page).getByRole("link", { name: "Call lists" }).click();
    await expect(page).toHaveURL(/\/calls$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expectNoHorizontalScroll(page);

    await page.goto("/");
    await expectNoHorizontalScroll(page);
  });
});

test.describe("navigation on a desktop (administrator)", () => {
  test.use({ storageState: storageStateFor("admin"), viewport: DESKTOP });
  test.beforeEach(async ({ page }) => english(page));

  test("shows every group in a sidebar, marks the current page, and fits the screen", async ({ page }) => {
    await page.goto("/contacts");
    await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
    for (const group of ["Contacts", "Outreach", "Privacy", "Administration"])
      await expect(nav(page).getByRole("list", { name: group, exact: true })).toBeVisible();
    await expect(nav(page).getByRole("link", { name: "Contacts", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(nav(page).getByRole("link", { name: "Dashboard" })).not.toHaveAttribute("aria-current", "page");
    await expectNoHorizontalScroll(page);
    await expectNoA11yViolations(page);

    await nav(page).getByRole("list", { name: "Administration" }).getByRole("link", { name: "Users" }).click();
    await expect(nav(page).getByRole("link", { name: "Users" })).toHaveAttribute("aria-current", "page");
    await expectNoHorizontalScroll(page);
    await page.goto("/");
    await expectNoHorizontalScroll(page);
  });
});

test.describe("contacts list and search (privacy officer)", () => {
  test.use({ storageState: storageStateFor("privacy_officer") });
  const key = `news-${tag}`;
  const company = `Drukwerk${tag}`;

  test.beforeAll(async ({ browser }) =>
    createPurposeViaUi(browser, {
      key,
      nameNl: `Nieuws ${tag}`,
      nameEn: `News ${tag}`,
      noticeNl: "Wij sturen u ons nieuws per e-mail.",
      noticeEn: "We send you our news by e-mail.",
    }),
  );
  test.beforeEach(async ({ page }) => english(page));

  test("filters by purpose state, shows the badges, and the search shortcut finds the contact", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    // One person who said yes (through the opt-in screen) and one with nothing recorded.
    await page.goto("/opt-in");
    await page.getByText("New from business card").click();
    await page.getByLabel("First name").fill("Gijs");
    await page.getByLabel("Last name").fill(`Vink${tag}`);
    await page.getByLabel("Company name").fill(company);
    await page.getByLabel("E-mail address").fill(`gijs.${tag}@drukwerk.example`);
    await page.getByRole("checkbox", { name: `News ${tag}`, exact: true }).check();
    await page.getByLabel("Where", { exact: true }).fill("Beurs Print, Utrecht");
    await page.getByLabel("What was said").fill("Stuur me het nieuws maar.");
    await page.getByRole("checkbox", { name: "They actively said yes to the ticked purposes" }).check();
    await page.getByRole("button", { name: "Save opt-in" }).click();
    await expect(page.getByRole("link", { name: "Open the contact" })).toBeVisible();

    await page.goto("/contacts/new");
    const form = page.getByRole("form", { name: "New contact" });
    await form.getByLabel("First name").fill("Hanna");
    await form.getByLabel("Last name").fill(`Mees${tag}`);
    await form.getByLabel("Company name").fill(company);
    await form.getByLabel("Legal form").selectOption("bv");
    await form.getByRole("textbox", { name: "E-mail address" }).fill(`hanna.${tag}@drukwerk.example`);
    await form.getByLabel("Source").selectOption("event");
    await form.getByLabel("Details").fill("Beurs Print, Utrecht");
    await form.getByRole("button", { name: "Create contact" }).click();
    await expect(page.getByRole("heading", { name: `Hanna Mees${tag}` })).toBeVisible();

    await page.goto(`/contacts?q=${company}`);
    const rows = page.getByTestId("contact-row");
    await expect(rows).toHaveCount(2);
    const gijs = rows.filter({ hasText: `Gijs Vink${tag}` });
    await expect(gijs.getByTestId("contact-badges")).toContainText(`News ${tag}: consent`);
    await expect(gijs.getByTestId("contact-badges")).toContainText("Business card");
    await expect(rows.filter({ hasText: `Hanna Mees${tag}` }).getByTestId("contact-badges")).not.toContainText(
      `News ${tag}`,
    );

    await page.getByText("Filters and sorting").click();
    await page.getByRole("combobox", { name: "Purpose", exact: true }).selectOption({ label: `News ${tag}` });
    await page.getByRole("combobox", { name: "Consent status for that purpose" }).selectOption("given");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/status=given/);
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(`Gijs Vink${tag}`);
    await page.getByRole("combobox", { name: "Consent status for that purpose" }).selectOption("none");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(`Hanna Mees${tag}`);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
    await page.setViewportSize(DESKTOP);

    // "/" from anywhere on the page puts the cursor in the search box.
    await page.goto("/");
    await page.getByRole("heading", { name: "Dashboard" }).click();
    await page.keyboard.press("/");
    const search = page.getByRole("combobox", { name: "Search contacts and requests" });
    await expect(search).toBeFocused();
    await page.keyboard.type(`vink${tag}`);
    const option = page.getByRole("listbox", { name: "Search results" }).getByRole("option", {
      name: new RegExp(`Gijs Vink${tag}`),
    });
    await expect(option).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await expect(option).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: `Gijs Vink${tag}` })).toBeVisible();
    await expect(page.getByTestId("glance-agreed")).toContainText(`News ${tag}`);
    await expect(page.getByTestId("glance-mail")).toContainText("Yes");

    // Ctrl+K does the same from inside another field.
    await page.goto("/contacts");
    await page.getByRole("searchbox", { name: "Search contacts" }).focus();
    await page.keyboard.press("Control+k");
    await expect(search).toBeFocused();
  });
});
