import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { getProcessingRegister } from "@/features/registers/services/get-processing-register";
import { saveProcessingRecord } from "@/features/registers/services/save-processing-record";
import { createTranslator } from "next-intl";
import { PDFDocument } from "pdf-lib";
import { loadMessages } from "@/i18n/load-messages";
import { renderPdf } from "@/server/documents/render-pdf";
import { registerDocument, registerHtml, registerJson } from "@/features/registers/exports/register-documents";
import { saveProcessor } from "@/features/processors/services/save-processor";
import { recordLegalBasis } from "@/features/consents/services/record-legal-basis";
import { createContact } from "../../factories/contacts";
import { createContactWithConsent, createContactWithWithdrawnConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";
import { createStaffActor } from "../../factories/users";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

describe("register of processing activities", () => {
  it("reflects the purposes, the bases actually recorded with counts, and the processors serving them", async () => {
    const purpose = await createPurpose(db);
    await createContactWithConsent(db, purpose.key, { contact: { phones: [{}] } });
    await createContactWithConsent(db, purpose.key);
    await createContactWithWithdrawnConsent(db, purpose.key);
    const processor = await saveProcessor(db, SYSTEM, {
      name: `Mailer ${purpose.key}`,
      location: "US",
      transferMechanism: "SCC 2021/914",
      purposeIds: [purpose.id],
    });
    await saveProcessor(db, SYSTEM, { name: `Other ${purpose.key}`, location: "NL" });

    const entry = (await getProcessingRegister(db)).find((e) => e.purpose.id === purpose.id)!;
    expect(entry.bases).toEqual([{ basis: "consent", count: 2, dpv: "dpv:Consent", gdpr: "eu-gdpr:A6-1-a" }]);
    expect(entry.dataCategories.find((c) => c.category === "email")?.count).toBe(3);
    expect(entry.dataCategories.find((c) => c.category === "phone")?.count).toBe(1);
    expect(entry.dataCategories.map((c) => c.category)).not.toContain("postal");
    expect(entry.recipients.processors).toEqual([{ id: processor.id, name: `Mailer ${purpose.key}` }]);
    expect(entry.transfers).toEqual([
      { processorId: processor.id, name: `Mailer ${purpose.key}`, country: "US", mechanism: "SCC 2021/914" },
    ]);
    expect(entry.needsLegitimateInterestAssessment).toBe(false);
  });

  it("asks for the LIA once someone rests on legitimate interest", async () => {
    const purpose = await createPurpose(db);
    const contact = await createContact(db);
    await recordLegalBasis(db, SYSTEM, contact.id, {
      purpose: purpose.key,
      basis: "legitimate_interest",
      balancingNote: "Existing business contact, expects relevant offers.",
    });
    const entry = (await getProcessingRegister(db)).find((e) => e.purpose.id === purpose.id)!;
    expect(entry.bases.map((b) => b.basis)).toEqual(["legitimate_interest"]);
    expect(entry.needsLegitimateInterestAssessment).toBe(true);
  });

  it("keeps every version of the written part and shows the register as it stood on a date", async () => {
    const officer = await createStaffActor(db, "privacy_officer");
    const purpose = await createPurpose(db);
    await saveProcessingRecord(db, officer, { purposeId: purpose.id, description: "First wording" });
    const between = new Date();
    await new Promise((r) => setTimeout(r, 20));
    await saveProcessingRecord(db, officer, {
      purposeId: purpose.id,
      description: "Second wording",
      dpiaReference: "DPIA-7",
      dpiaDate: new Date("2026-01-15T12:00:00Z"),
    });
    const now = (await getProcessingRegister(db)).find((e) => e.purpose.id === purpose.id)!;
    expect(now.written).toMatchObject({ version: 2, description: "Second wording", dpiaReference: "DPIA-7" });
    expect(now.written?.createdByName).toBe(officer.name);
    const then = (await getProcessingRegister(db, between)).find((e) => e.purpose.id === purpose.id)!;
    expect(then.written).toMatchObject({ version: 1, description: "First wording" });
    const before = await getProcessingRegister(db, new Date(purpose.createdAt.getTime() - 1));
    expect(before.find((e) => e.purpose.id === purpose.id)).toBeUndefined();

    const json = registerJson([now], {
      asOf: new Date(),
      generatedAt: new Date(),
      controller: { organisationName: "Org", controllerEmail: "", controllerAddress: "" },
    });
    expect(json["@context"].dpv).toBe("https://w3id.org/dpv#");
    expect(json.activities[0]).toMatchObject({
      "dpv:hasPurpose": "dpv:DirectMarketing",
      dpia: { reference: "DPIA-7" },
    });

    // The same register on paper: one document model for the HTML page and the PDF.
    const t = createTranslator({ locale: "en", messages: loadMessages("en"), namespace: "registers" });
    const doc = registerDocument([now], t as never, {
      lang: "en",
      asOf: new Date(),
      generatedAt: new Date(),
      controller: { organisationName: "Org <B.V.>", controllerEmail: "", controllerAddress: "" },
    });
    const values = doc.sections[0].entries[0].rows.map((r) => r.value);
    expect(values).toContain("Second wording");
    expect(values.some((v) => v.startsWith("DPIA-7, 2026-01-15"))).toBe(true);
    const html = registerHtml(doc);
    expect(html).toContain("<td>Second wording</td>");
    expect(html).toContain("Org &lt;B.V.&gt;");
    const pdf = await PDFDocument.load(await renderPdf(doc));
    expect(pdf.getPageCount()).toBeGreaterThan(0);
    expect(pdf.getTitle()).toBe(doc.title);
  });
});
