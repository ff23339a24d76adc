import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { createStaffActor } from "../../factories/users";
import { createContactFromBusinessCard, suppressIdentifier, uniq } from "../../factories/contacts";
import { createPurposeWithNotice } from "../../factories/purposes";
import { csvOf, importFile } from "../../factories/imports";
import { undoImport } from "@/features/imports/services/undo-import";

let marketer: Awaited<ReturnType<typeof createStaffActor>>;
beforeAll(async () => {
  marketer = await createStaffActor(testDb(), "marketer");
});

const HEADER = ["Voornaam", "Achternaam", "E-mail", "Mobiel", "Bedrijf", "Functie"];

describe("importing a CSV file", () => {
  it("creates contacts with provenance and contact points, linked to the batch, and refuses bad rows by line and column", async () => {
    const db = testDb();
    const u = uniq();
    const result = await importFile(
      db,
      marketer,
      csvOf([
        HEADER,
        ["Eva", `Jansen-${u}`, `eva.${u}@voorbeeld.nl`, "06 12345678", `Jansen ${u}`, "Inkoper"],
        ["Tom", `Bakker-${u}`, `tom.${u}@voorbeeld.nl`, "", "", ""],
        ["Geen", `Adres-${u}`, "geen-adres", "", "", ""],
      ]),
    );
    expect(result).toMatchObject({ status: "done", total: 3, created: 2, merged: 0, suppressed: 0, refused: 1 });
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 4, outcome: "refused", field: "email", code: "invalid_email" }),
    ]);
    const eva = await db.contact.findFirstOrThrow({
      where: { lastName: `Jansen-${u}` },
      include: { emails: true, phones: true, company: true },
    });
    expect(eva).toMatchObject({ sourceType: "event", sourceDetail: "Horecava 2026", importBatchId: result.id });
    expect(eva.emails[0]).toMatchObject({
      normalised: `eva.${u}@voorbeeld.nl`,
      kind: "personal",
      importBatchId: result.id,
    });
    expect(eva.phones[0]).toMatchObject({ e164: "+31612345678", kind: "mobile" });
    expect(eva.company?.name).toBe(`Jansen ${u}`);
    const audit = await db.auditEvent.findMany({ where: { targetType: "import_batch", targetId: result.id } });
    expect(audit.map((a) => a.action)).toEqual(["import.uploaded", "import.rows_committed", "import.done"]);
    expect(JSON.stringify(audit.map((a) => a.metadata))).not.toContain(`eva.${u}`);
  });

  it("a dry run counts what would happen and writes nothing", async () => {
    const db = testDb();
    const u = uniq();
    const result = await importFile(
      db,
      marketer,
      csvOf([
        HEADER,
        ["A", `Droog-${u}`, `a.${u}@voorbeeld.nl`, "", "", ""],
        ["B", `Droog-${u}`, `a.${u}@voorbeeld.nl`, "", "", ""],
        ["C", "", "", "", "", ""],
      ]),
      { dryRun: true },
    );
    expect(result).toMatchObject({ status: "done", dryRun: true, created: 1, merged: 1, refused: 1 });
    expect(await db.contact.count({ where: { lastName: `Droog-${u}` } })).toBe(0);
  });

  it("merges into an existing contact by e-mail: fills empty fields, adds new points, keeps its provenance and adds the import as a source", async () => {
    const db = testDb();
    const u = uniq();
    const existing = await createContactFromBusinessCard(db, marketer, { jobTitle: null });
    const address = existing.input.emails![0].address;
    const result = await importFile(
      db,
      marketer,
      csvOf([
        HEADER,
        ["Joost", "Anders", address.toUpperCase(), "06 87654321", "", "Directeur"],
        ["Joost", "Anders", address, "", "", "Iets anders"],
        ["Nieuw", `Persoon-${u}`, `n.${u}@voorbeeld.nl`, "", "", ""],
        ["Nieuw", `Persoon-${u}`, `n.${u}@voorbeeld.nl`, "06 11122233", "", "Koper"],
      ]),
      { sourceType: "import", sourceDetail: "Export oud CRM" },
    );
    expect(result).toMatchObject({ created: 1, merged: 3, refused: 0 });
    expect(result.merges.map((m) => m.line)).toEqual([2, 3, 5]);
    expect(result.merges[0].contactId).toBe(existing.id);
    const merged = await db.contact.findUniqueOrThrow({
      where: { id: existing.id },
      include: { phones: true, emails: true, sources: true },
    });
    expect(merged).toMatchObject({ lastName: existing.lastName, jobTitle: "Directeur", sourceType: "business_card" });
    expect(merged.emails).toHaveLength(1);
    expect(merged.phones.map((p) => p.e164)).toContain("+31687654321");
    expect(merged.sources).toEqual([
      expect.objectContaining({ importBatchId: result.id, sourceType: "import", sourceDetail: "Export oud CRM" }),
    ]);
    const inFile = await db.contact.findFirstOrThrow({
      where: { lastName: `Persoon-${u}` },
      include: { phones: true },
    });
    expect(inFile.jobTitle).toBe("Koper");
    expect(inFile.phones.map((p) => p.e164)).toEqual(["+31611122233"]);
  });

  it("never brings back an erased person, unless the row carries consent given after the erasure", async () => {
    const db = testDb();
    const u = uniq();
    const purpose = await createPurposeWithNotice(db);
    await suppressIdentifier(db, `weg.${u}@voorbeeld.nl`);
    await suppressIdentifier(db, `terug.${u}@voorbeeld.nl`);
    // The erasure's time is stored to the millisecond, rounded (up by as much as half of one), and
    // the embedded database answers within a millisecond: a consent stamped in the same
    // millisecond is not "after the erasure". Let a few pass, as they would between real events.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const result = await importFile(
      db,
      marketer,
      csvOf([
        [
          "firstName",
          "lastName",
          "email",
          "consentPurpose",
          "consentMethod",
          "consentCapturedAt",
          "consentLocation",
          "consentStatement",
          "consentNoticeVersion",
        ],
        ["Weg", `Gewist-${u}`, `Weg.${u}@Voorbeeld.nl`, "", "", "", "", "", ""],
        [
          "Oud",
          `Gewist-${u}`,
          `terug.${u}@voorbeeld.nl`,
          purpose.key,
          "business_card",
          "2020-01-01",
          "Stand 4",
          "Ja graag",
          "1",
        ],
        [
          "Terug",
          `Gewist-${u}`,
          `terug.${u}@voorbeeld.nl`,
          purpose.key,
          "business_card",
          new Date().toISOString(),
          "Stand 4",
          "Ja graag",
          "1",
        ],
      ]),
    );
    expect(result).toMatchObject({ created: 1, suppressed: 2, refused: 0 });
    expect(result.errors.map((e) => [e.line, e.outcome, e.field])).toEqual([
      [2, "suppressed", "email"],
      [3, "suppressed", "email"],
    ]);
    const back = await db.contact.findMany({ where: { lastName: `Gewist-${u}` }, include: { consents: true } });
    expect(back.map((c) => c.firstName)).toEqual(["Terug"]);
    expect(back[0].consents).toHaveLength(1);
  });

  it("records consent columns as consent records through the usual rules, refusing invalid ones per row", async () => {
    const db = testDb();
    const u = uniq();
    const purpose = await createPurposeWithNotice(db);
    const result = await importFile(
      db,
      marketer,
      csvOf([
        [
          "firstName",
          "lastName",
          "email",
          "consentPurpose",
          "consentMethod",
          "consentCapturedAt",
          "consentLocation",
          "consentStatement",
          "consentNoticeVersion",
        ],
        [
          "Goed",
          `Toestemming-${u}`,
          `goed.${u}@voorbeeld.nl`,
          purpose.key,
          "visitekaartje",
          "1-3-2026",
          "Stand 12",
          "Ja, stuur maar",
          "1",
        ],
        ["Fout", `Toestemming-${u}`, `fout.${u}@voorbeeld.nl`, purpose.key, "business_card", "2026-03-01", "", "", "1"],
        [
          "Onbekend",
          `Toestemming-${u}`,
          `onb.${u}@voorbeeld.nl`,
          `geen-${u}`,
          "business_card",
          "2026-03-01",
          "X",
          "Y",
          "1",
        ],
      ]),
    );
    expect(result).toMatchObject({ created: 1, refused: 2 });
    expect(result.errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [3, "consentLocation", "offline_location_missing"],
      [3, "consentStatement", "offline_statement_missing"],
      [4, "consentPurpose", "unknown_purpose"],
    ]);
    const good = await db.contact.findFirstOrThrow({
      where: { lastName: `Toestemming-${u}` },
      include: { consents: true },
    });
    expect(good.consents[0]).toMatchObject({
      method: "business_card",
      location: "Stand 12",
      statement: "Ja, stuur maar",
      recordedVia: "import",
      importBatchId: result.id,
      effectiveAt: new Date("2026-03-01T12:00:00Z"),
    });
  });

  it("a purchased list yields contacts but never consent, with a warning per row", async () => {
    const db = testDb();
    const u = uniq();
    const purpose = await createPurposeWithNotice(db);
    const result = await importFile(
      db,
      marketer,
      csvOf([
        [
          "firstName",
          "lastName",
          "email",
          "consentPurpose",
          "consentMethod",
          "consentCapturedAt",
          "consentLocation",
          "consentStatement",
        ],
        ["Gekocht", `Lijst-${u}`, `g1.${u}@voorbeeld.nl`, purpose.key, "web_form", "2026-01-01", "site", "ja"],
        ["Gekocht", `Lijst2-${u}`, `g2.${u}@voorbeeld.nl`, purpose.key, "business_card", "2026-01-01", "beurs", "ja"],
      ]),
      { sourceType: "purchased_list", sourceDetail: `Leverancier ${u}` },
    );
    expect(result).toMatchObject({ created: 2, refused: 0, warningCount: 2, purchasedConsentIgnored: 2 });
    const contacts = await db.contact.findMany({
      where: { sourceDetail: `Leverancier ${u}` },
      include: { consents: true },
    });
    expect(contacts).toHaveLength(2);
    expect(contacts.every((c) => c.sourceType === "purchased_list" && c.consents.length === 0)).toBe(true);
  });

  it("replaces a matched contact's differing values only when the user chose so, and undo puts them back", async () => {
    const db = testDb();
    const existing = await createContactFromBusinessCard(db, marketer, { jobTitle: "Inkoper" });
    const address = existing.input.emails![0].address;
    const rows = [HEADER, ["Johanna", "Nieuwenhuis", address, "", "", "Directeur"]];

    const kept = await importFile(db, marketer, csvOf(rows));
    expect(kept).toMatchObject({ merged: 1 });
    const afterKeep = await db.contact.findUniqueOrThrow({ where: { id: existing.id } });
    expect(afterKeep).toMatchObject({
      firstName: existing.firstName,
      lastName: existing.lastName,
      jobTitle: "Inkoper",
    });

    const replaced = await importFile(db, marketer, csvOf(rows), { onConflict: "replace" });
    const afterReplace = await db.contact.findUniqueOrThrow({ where: { id: existing.id }, include: { sources: true } });
    expect(afterReplace).toMatchObject({ firstName: "Johanna", lastName: "Nieuwenhuis", jobTitle: "Directeur" });
    expect(afterReplace.searchName).toContain("nieuwenhuis");
    expect(afterReplace.sourceType).toBe("business_card"); // its own provenance stays
    const source = afterReplace.sources.find((s) => s.importBatchId === replaced.id)!;
    expect(source.replaced).toEqual({
      firstName: existing.firstName,
      lastName: existing.lastName,
      jobTitle: "Inkoper",
    });

    const summary = await undoImport(db, marketer, replaced.id);
    expect(summary.fieldsRestored).toBe(3);
    const restored = await db.contact.findUniqueOrThrow({ where: { id: existing.id } });
    expect(restored).toMatchObject({ firstName: existing.firstName, lastName: existing.lastName, jobTitle: "Inkoper" });
    expect(restored.searchName).not.toContain("nieuwenhuis");
  });

  it("a public source needs, per row, the purpose the data was published for", async () => {
    const db = testDb();
    const u = uniq();
    const purpose = await createPurposeWithNotice(db);
    const result = await importFile(
      db,
      marketer,
      csvOf([
        ["Voornaam", "Achternaam", "E-mail", "Gepubliceerd voor"],
        ["Open", `Bron-${u}`, `open.${u}@voorbeeld.nl`, purpose.key],
        ["Zonder", `Bron-${u}`, `zonder.${u}@voorbeeld.nl`, ""],
        ["Onbekend", `Bron-${u}`, `onbekend.${u}@voorbeeld.nl`, "geen-doel-zo"],
      ]),
      { sourceType: "public_source", sourceDetail: "Website van de gemeente, contactpagina" },
    );
    expect(result).toMatchObject({ created: 1, refused: 2 });
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 3, field: "publishedForPurpose" }),
      expect.objectContaining({ line: 4, field: "publishedForPurpose", code: "unknown_purpose" }),
    ]);
    const contact = await db.contact.findFirstOrThrow({ where: { lastName: `Bron-${u}` } });
    expect(contact).toMatchObject({ sourceType: "public_source", publishedForPurpose: purpose.key });
  });

  it("undo deletes what it created (unless used since), reverts merges and is audited", async () => {
    const db = testDb();
    const u = uniq();
    const existing = await createContactFromBusinessCard(db, marketer, { jobTitle: null });
    const result = await importFile(
      db,
      marketer,
      csvOf([
        HEADER,
        ["Joost", "X", existing.input.emails![0].address, "06 55544433", "", "Directeur"],
        ["Weg", `Ongedaan-${u}`, `weg.${u}@voorbeeld.nl`, "", "", ""],
        ["Blijft", `Ongedaan-${u}`, `blijft.${u}@voorbeeld.nl`, "", "", ""],
      ]),
    );
    expect(result).toMatchObject({ created: 2, merged: 1 });
    const kept = await db.contact.findFirstOrThrow({ where: { firstName: "Blijft", lastName: `Ongedaan-${u}` } });
    await db.objection.create({
      data: { contactId: kept.id, scope: "direct_marketing", receivedAt: new Date(), receivedVia: "phone" },
    });
    const summary = await undoImport(db, marketer, result.id);
    expect(summary).toMatchObject({
      contactsDeleted: 1,
      contactsKept: 1,
      mergesReverted: 1,
      fieldsRestored: 1,
      phonesRemoved: 1,
    });
    expect(await db.contact.count({ where: { lastName: `Ongedaan-${u}` } })).toBe(1);
    const reverted = await db.contact.findUniqueOrThrow({
      where: { id: existing.id },
      include: { phones: true, sources: true },
    });
    expect(reverted.jobTitle).toBeNull();
    expect(reverted.phones.map((p) => p.e164)).not.toContain("+31655544433");
    expect(reverted.sources).toEqual([]);
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: result.id } });
    expect(batch.status).toBe("undone");
    expect(await db.auditEvent.count({ where: { action: "import.undone", targetId: result.id } })).toBe(1);
  });
});
