import { createPurposeViaUi, expect, test, storageStateFor, USERS } from "./fixtures";
import type { Page } from "@playwright/test";

/**
 * Sales journeys on a phone: a business-card opt-in with a photo of the card, and a verbal opt-in
 * given by a receptionist with stated authority, in English and in Dutch. The purposes they tick
 * are created first through the purposes screen, by the privacy officer.
 */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const run = Date.now().toString(36);

type Texts = typeof EN;
const EN = {
  locale: "en",
  purposeCreated: "The purpose was created.",
  newFromCard: "New from business card",
  existing: "Existing contact",
  findContact: "Find the contact",
  firstName: "First name",
  lastName: "Last name",
  companyName: "Company name",
  email: "E-mail address",
  phone: "Phone number",
  method: "How",
  where: "Where",
  said: "What was said",
  photo: "Photo of the card or form (optional)",
  affirmative: "They actively said yes to the ticked purposes",
  onBehalf: "Someone else agreed on their behalf",
  grantorName: "Their name",
  grantorRole: "Their role",
  authority: "On what authority?",
  save: "Save opt-in",
  saved: "Saved: 1 consent recorded.",
  openContact: "Open the contact",
  granted: "Consent given",
  businessCard: "Business card handed over",
  inPerson: "Said in person",
  authorityMissing: "State on what authority this person could consent on the other's behalf.",
  attachmentAlt: "Attachment card.png",
  givenBy: "on behalf of the person",
  recordedBy: `Recorded`,
  timeline: "Timeline",
};
const NL: Texts = {
  locale: "nl",
  purposeCreated: "Het doel is aangemaakt.",
  newFromCard: "Nieuw van visitekaartje",
  existing: "Bestaand contact",
  findContact: "Zoek het contact",
  firstName: "Voornaam",
  lastName: "Achternaam",
  companyName: "Bedrijfsnaam",
  email: "E-mailadres",
  phone: "Telefoonnummer",
  method: "Hoe",
  where: "Waar",
  said: "Wat is er gezegd",
  photo: "Foto van het kaartje of formulier (optioneel)",
  affirmative: "De persoon zei actief ja tegen de aangevinkte doelen",
  onBehalf: "Iemand anders stemde namens de persoon in",
  grantorName: "Diens naam",
  grantorRole: "Diens functie",
  authority: "Op grond waarvan?",
  save: "Opt-in opslaan",
  saved: "Opgeslagen: 1 toestemming vastgelegd.",
  openContact: "Contact openen",
  granted: "Toestemming gegeven",
  businessCard: "Visitekaartje gegeven",
  inPerson: "Mondeling, persoonlijk",
  authorityMissing: "Vermeld op grond waarvan deze persoon namens de ander toestemming mocht geven.",
  attachmentAlt: "Bijlage card.png",
  givenBy: "namens de persoon",
  recordedBy: "Vastgelegd",
  timeline: "Tijdlijn",
};

async function setLanguage(page: Page, locale: string) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: "http://127.0.0.1" }]);
}

for (const L of [EN, NL]) {
  test.describe(`logging opt-ins on a phone (${L.locale})`, () => {
    test.use({ storageState: storageStateFor("sales"), viewport: { width: 390, height: 844 }, hasTouch: true });
    const tag = `${run}${L.locale}`;
    const purposeName = `${L.locale === "nl" ? "Nieuwsbrief" : "Newsletter"} ${tag}`;
    const person = {
      first: "Joost",
      last: `Visser${tag}`,
      company: `Bakkerij ${tag}`,
      email: `joost.${tag}@bakkerij.example`,
      phone: "06 12345678",
    };

    test.beforeAll(async ({ browser }) => {
      await createPurposeViaUi(browser, {
        key: `newsletter-${tag}`,
        nameNl: `Nieuwsbrief ${tag}`,
        nameEn: `Newsletter ${tag}`,
        noticeNl: "Wij sturen u maandelijks onze nieuwsbrief. Afmelden kan altijd.",
        noticeEn: "We send you our monthly newsletter. You can unsubscribe at any time.",
      });
    });

    test.beforeEach(async ({ page }) => {
      await setLanguage(page, L.locale);
    });

    test("a business-card opt-in with a photo of the card", async ({ page }) => {
      const started = Date.now();
      await page.goto("/opt-in");
      await page.getByText(L.newFromCard).click();
      await page.getByLabel(L.firstName).fill(person.first);
      await page.getByLabel(L.lastName).fill(person.last);
      await page.getByLabel(L.companyName).fill(person.company);
      await page.getByLabel(L.email).fill(person.email);
      await page.getByLabel(L.phone).fill(person.phone);
      await page.getByRole("checkbox", { name: purposeName, exact: true }).check();
      await page.getByLabel(L.method).selectOption("business_card");
      await page.getByLabel(L.where, { exact: true }).fill("Vakbeurs Utrecht, stand 12");
      await page.getByLabel(L.said).fill("Ja, stuur me die nieuwsbrief maar. Hier is mijn kaartje.");
      await page.getByLabel(L.photo).setInputFiles({ name: "card.png", mimeType: "image/png", buffer: PNG });
      await page.getByRole("checkbox", { name: L.affirmative }).check();
      await page.getByRole("button", { name: L.save }).click();
      await expect(page.getByText(L.saved)).toBeVisible();
      // The time is a figure, not an assertion: `npm run bench -- opt-in-journey` prints it beside
      // its target (under a minute on a phone).
      const seconds = (Date.now() - started) / 1000;
      test.info().annotations.push({ type: "opt-in duration (s)", description: seconds.toFixed(1) });

      await page.getByRole("link", { name: L.openContact }).click();
      await expect(page.getByRole("heading", { name: `${person.first} ${person.last}` })).toBeVisible();
      const entry = page.getByTestId("timeline-consent").first();
      await expect(entry).toContainText(L.granted);
      await expect(entry).toContainText(purposeName);
      await expect(entry).toContainText(L.businessCard);
      await expect(entry).toContainText("Vakbeurs Utrecht, stand 12");
      await expect(entry).toContainText("Ja, stuur me die nieuwsbrief maar.");
      await expect(entry).toContainText(USERS.sales.name);
      const image = entry.getByRole("img", { name: L.attachmentAlt });
      await expect(image).toBeVisible();
      // The photo is served by the permission-checked route, as the PNG that was uploaded.
      const src = await image.getAttribute("src");
      const response = await page.request.get(src!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("image/png");
      expect(Buffer.from(await response.body()).equals(PNG)).toBe(true);
    });

    test("a verbal opt-in given by a receptionist is refused without her authority, then saved with it", async ({
      page,
    }) => {
      await page.goto("/opt-in");
      await page.getByText(L.existing).click();
      await page.getByLabel(L.findContact).fill(person.last);
      await page.getByRole("button", { name: new RegExp(`${person.first} ${person.last}`) }).click();
      await expect(page.getByTestId("picked-contact")).toContainText(person.company);
      await page.getByRole("checkbox", { name: purposeName, exact: true }).check();
      await page.getByLabel(L.method).selectOption("verbal_in_person");
      await page.getByLabel(L.where, { exact: true }).fill(`Receptie ${person.company}, Utrecht`);
      await page.getByLabel(L.said).fill("Meneer Visser wil de nieuwsbrief graag ontvangen, zet hem er maar op.");
      await page.getByRole("checkbox", { name: L.onBehalf }).check();
      await page.getByLabel(L.grantorName).fill("Petra de Wit");
      await page.getByLabel(L.grantorRole).fill("Receptionist");
      await page.getByRole("checkbox", { name: L.affirmative }).check();
      await page.getByRole("button", { name: L.save }).click();
      await expect(page.getByText(L.authorityMissing).first()).toBeVisible();

      await page
        .getByLabel(L.authority)
        .fill("Beheert de post en abonnementen van meneer Visser; zei dat ze dat namens hem mag regelen.");
      await page.getByRole("button", { name: L.save }).click();
      await expect(page.getByText(L.saved)).toBeVisible();
      await page.getByRole("link", { name: L.openContact }).click();
      const entry = page.getByTestId("timeline-consent").filter({ hasText: "Petra de Wit" });
      await expect(entry).toContainText(L.inPerson);
      await expect(entry).toContainText("Receptionist");
      await expect(entry).toContainText(L.givenBy);
      await expect(entry).toContainText("Beheert de post en abonnementen");
      await expect(page.getByTestId("timeline-consent")).toHaveCount(2);
    });
  });
}
