import type { Page } from "@playwright/test";
import { expect, test, storageStateFor } from "./fixtures";

/**
 * Data-subject requests end to end, as the privacy officer: register, link the person, verify
 * identity, execute (each of the six types), answer and close. Contacts are created through the
 * contact form, as a user would. Runs in English for readable selectors.
 */
const uid = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
const letters = (s: string) => s.replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]);

async function english(page: Page, baseURL: string | undefined) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL ?? "http://127.0.0.1:3100" }]);
}

type Person = { firstName: string; lastName: string; email: string; phone: string; contactId: string };

async function createContact(page: Page): Promise<Person> {
  const u = letters(uid());
  // 061…: an allocated Dutch mobile range (06-6x, 06-7x and 06-9x numbers are rejected as invalid).
  const phone = `061${String(Date.now()).slice(-7)}`;
  const person = { firstName: `Ria${u}`, lastName: `Verzoek${u}`, email: `ria.${u}@voorbeeld-${u}.nl`, phone };
  await page.goto("/contacts/new");
  const form = page.locator("form").filter({ has: page.locator('input[name="firstName"]') });
  await form.locator('input[name="firstName"]').fill(person.firstName);
  await form.locator('input[name="lastName"]').fill(person.lastName);
  await form.locator('input[name="company.name"]').fill(`Bedrijf ${u}`);
  await form.locator('input[name="emails.0.address"]').fill(person.email);
  await form.locator('input[name="phones.0.number"]').fill(person.phone);
  await form.locator('input[name="source.detail"]').fill("Vakbeurs Utrecht, stand 12");
  await form.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/contacts\/[0-9a-f-]{36}$/);
  return { ...person, contactId: page.url().split("/").pop()! };
}

async function registerRequest(page: Page, type: string, who: { name: string; email: string }) {
  await page.goto("/requests/new");
  await page.getByLabel("What is asked").selectOption(type);
  await page.getByLabel("Received via").selectOption("email");
  await page.getByLabel("Name of the requester").fill(who.name);
  await page.getByLabel("E-mail address").fill(who.email);
  await page.getByRole("button", { name: "Register request" }).click();
  await expect(page).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

async function linkAndVerify(page: Page, person: Person) {
  await page.getByRole("button", { name: `Link ${person.firstName} ${person.lastName}` }).click();
  await expect(page.getByRole("list", { name: "Linked contacts" })).toContainText(person.email);
  await page.getByRole("button", { name: "Record verification" }).click();
  await expect(page.getByText("Identity verified (see the facts).")).toBeVisible();
}

async function closeRequest(page: Page) {
  const form = page.getByRole("form", { name: "4. Answer and close" });
  await expect(form.getByLabel("Answer sent")).toHaveValue(/We received your request|Dear/);
  await form.getByLabel("Sent via").selectOption("email");
  await form.getByRole("button", { name: "Close request" }).click();
  await expect(page.getByTestId("response")).toContainText("Closed: answer sent via E-mail");
}

test.describe("data-subject requests, as the privacy officer", () => {
  test.use({ storageState: storageStateFor("privacy_officer") });
  test.beforeEach(async ({ page, baseURL }) => english(page, baseURL));

  test("access: register, link, verify, extend, report as page and PDF, close", async ({ page }) => {
    const person = await createContact(page);
    const id = await registerRequest(page, "access", {
      name: `${person.firstName} ${person.lastName}`,
      email: person.email,
    });
    // Nothing can be executed before the identity check (art. 12(6)).
    await expect(page.getByText("Verify the requester's identity first")).toBeVisible();
    await expect(page.getByRole("button", { name: "Prepare access report" })).toHaveCount(0);
    await linkAndVerify(page, person);

    const extend = page.getByRole("form", { name: "Extend the deadline" });
    await extend.getByLabel("Reason (told to the requester)").fill("Several archives to search");
    await extend.getByRole("button", { name: "Extend deadline" }).click();
    await expect(page.getByText("by 1 month: Several archives to search")).toBeVisible();

    await page.getByRole("button", { name: "Prepare access report" }).click();
    await expect(page.getByTestId("execution-summary")).toContainText("EmailAddress");
    await page.getByRole("link", { name: "Report (English)" }).click();
    await expect(page.getByRole("heading", { name: "Overview of your personal data" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Your details" })).toContainText(
      `${person.firstName} ${person.lastName}`,
    );
    await expect(page.getByRole("region", { name: "E-mail addresses, phone numbers and addresses" })).toContainText(
      person.email,
    );
    await expect(page.getByRole("region", { name: "Your rights" })).toContainText("Autoriteit Persoonsgegevens");
    const pdf = await page.request.get(`/requests/${id}/report/pdf?lang=nl`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    await page.goto(`/requests/${id}`);
    await closeRequest(page);
    await page.goto("/requests");
    await expect(page.getByTestId("requests-closed")).toContainText(`${person.firstName} ${person.lastName}`);
  });

  test("portability: JSON and CSV downloads with Kantara receipts, then close", async ({ page }) => {
    const person = await createContact(page);
    const id = await registerRequest(page, "portability", { name: person.firstName, email: person.email });
    await linkAndVerify(page, person);
    await page.getByRole("button", { name: "Prepare export" }).click();
    await expect(page.getByTestId("execution-summary")).toBeVisible();
    await expect(page.getByRole("link", { name: "Download JSON" })).toBeVisible();
    const json = await page.request.get(`/requests/${id}/export?format=json`);
    expect(json.status()).toBe(200);
    const doc = await json.json();
    expect(doc.subjects[0].contact.lastName).toBe(person.lastName);
    expect(doc.subjects[0].emailAddresses[0].address).toBe(person.email);
    expect(Array.isArray(doc.subjects[0].consentReceipts)).toBe(true);
    const csv = await page.request.get(`/requests/${id}/export?format=csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain(person.email);
    await closeRequest(page);
  });

  test("erasure: the person is gone, the requester's details too; processors listed and marked as told; close", async ({
    page,
  }) => {
    // A processor that serves every purpose (hosting): it must be told of any erasure (AVG art. 19).
    const host = `Hosting ${Date.now().toString(36)}`;
    await page.goto("/registers/processors");
    const processorForm = page.getByRole("form", { name: "Add a processor" });
    await processorForm.getByLabel("Name").fill(host);
    await processorForm.getByLabel("Country (2 letters)").fill("NL");
    await processorForm.getByRole("button", { name: "Add processor" }).click();
    await expect(processorForm.getByText("Processor saved.")).toBeVisible();
    const person = await createContact(page);
    const id = await registerRequest(page, "erasure", {
      name: `${person.firstName} ${person.lastName}`,
      email: person.email,
    });
    await linkAndVerify(page, person);
    await page.getByRole("button", { name: "Erase this person" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("This cannot be undone");
    await dialog.getByRole("button", { name: "Erase", exact: true }).click();
    const summary = page.getByTestId("execution-summary");
    await expect(summary).toContainText("Rows erased per table");
    await expect(summary).toContainText("Processors to notify of the erasure");
    await summary.getByRole("button", { name: `Mark ${host} as told about this erasure` }).click();
    await expect(summary.getByRole("listitem").filter({ hasText: host })).toContainText(/Told on .* by Pieter Privacy/);
    await expect(page.getByText("(erased with the request's execution)")).toBeVisible();
    await expect(page.locator("main")).not.toContainText(person.email);
    expect((await page.request.get(`/contacts/${person.contactId}`)).status()).toBe(404);
    await closeRequest(page);
    await expect(page.locator("main")).not.toContainText(person.lastName);
    expect((await page.request.get(`/requests/${id}/export?format=json`)).status()).toBe(409);
  });

  test("rectification: correct the name, recorded with the request; close", async ({ page }) => {
    const person = await createContact(page);
    await registerRequest(page, "rectification", { name: person.firstName, email: person.email });
    await linkAndVerify(page, person);
    const form = page.getByRole("form", { name: `Correct the details of ${person.firstName} ${person.lastName}` });
    await form.getByLabel("Job title").fill("Directeur");
    await form.getByLabel("Last name").fill(`${person.lastName}-Jansen`);
    await form.getByRole("button", { name: "Save corrections" }).click();
    await expect(form.getByText("The corrections are saved")).toBeVisible();
    await expect(page.getByTestId("execution-summary")).toContainText("2 fields corrected.");
    await closeRequest(page);
    await page.goto(`/contacts/${person.contactId}`);
    await expect(page.locator("main")).toContainText(`${person.lastName}-Jansen`);
  });

  test("restriction: the flag is set at once; close", async ({ page }) => {
    const person = await createContact(page);
    await registerRequest(page, "restriction", { name: person.firstName, email: person.email });
    await linkAndVerify(page, person);
    await page.getByLabel("Reason for the restriction").fill("Disputes the accuracy of the data");
    await page.getByRole("button", { name: "Restrict processing" }).click();
    await expect(page.getByTestId("execution-summary")).toContainText("Restriction");
    await closeRequest(page);
  });

  test("objection: direct marketing and profiling; close", async ({ page }) => {
    const person = await createContact(page);
    await registerRequest(page, "objection", { name: person.firstName, email: person.email });
    await linkAndVerify(page, person);
    await page.getByLabel("Profiling").check();
    await page.getByRole("button", { name: "Record objection" }).click();
    await expect(page.getByTestId("execution-summary")).toContainText(
      "Objection recorded: Direct marketing, Profiling.",
    );
    await closeRequest(page);
  });

  test("a person we do not know gets 'we hold no data about you'", async ({ page }) => {
    const u = letters(uid());
    const id = await registerRequest(page, "access", { name: `Onbekend ${u}`, email: `onbekend.${u}@example.org` });
    await page.getByRole("button", { name: "Record verification" }).click();
    await expect(page.getByText("No contact is linked: executing records")).toBeVisible();
    await page.getByRole("button", { name: "Prepare access report" }).click();
    await expect(page.getByTestId("execution-summary")).toContainText("we hold no data about this person");
    await page.goto(`/requests/${id}/report?lang=en`);
    await expect(page.locator("article")).toContainText("we hold no personal data about you");
    await page.goto(`/requests/${id}`);
    await closeRequest(page);
  });
});

test.describe("data-subject requests, as sales", () => {
  test.use({ storageState: storageStateFor("sales") });
  test.beforeEach(async ({ page, baseURL }) => english(page, baseURL));

  test("sales may register a request but cannot open it, its report or its export by URL", async ({
    page,
    browser,
    baseURL,
  }) => {
    // The privacy officer has a verified portability request with data in it.
    const officer = await browser.newContext({ storageState: storageStateFor("privacy_officer") });
    const po = await officer.newPage();
    await english(po, baseURL);
    const person = await createContact(po);
    const id = await registerRequest(po, "portability", { name: person.firstName, email: person.email });
    await linkAndVerify(po, person);
    await officer.close();

    await page.goto("/requests");
    await expect(page).toHaveURL(/\/requests\/new$/);
    await page.getByLabel("Name of the requester").fill("Bellende Klant");
    await page.getByLabel("E-mail address").fill(`klant.${uid()}@example.nl`);
    await page.getByRole("button", { name: "Register request" }).click();
    await expect(page.getByText("The request is registered. The privacy officer will handle it.")).toBeVisible();

    for (const url of [
      `/requests/${id}/export?format=json`,
      `/requests/${id}/export?format=csv`,
      `/requests/${id}/report/pdf?lang=nl`,
    ]) {
      const res = await page.request.get(url);
      expect(res.status()).toBe(403);
      expect(await res.text()).not.toContain(person.lastName);
    }
    const detail = await page.goto(`/requests/${id}`);
    expect(detail?.status()).toBe(403);
    await expect(page.locator("body")).not.toContainText(person.email);
    const report = await page.goto(`/requests/${id}/report?lang=en`);
    expect(report?.status()).toBe(403);
    await expect(page.locator("body")).not.toContainText(person.lastName);
  });
});
