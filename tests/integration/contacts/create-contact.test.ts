import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { createContact } from "@/features/contacts/services/create-contact";
import { updateContact } from "@/features/contacts/services/update-contact";
import { logOptIn } from "@/features/opt-in/services/log-opt-in";
import { type AppError } from "@/server/errors";
import { createPurposeWithNotice } from "../../factories/purposes";
import { createStaffActor } from "../../factories/users";
import {
  businessCardContactInput,
  createContactFromBusinessCard,
  suppressIdentifier,
  uniq,
} from "../../factories/contacts";
import { businessCardConsent, PNG_1X1 } from "../../factories/consents";

let sales: Awaited<ReturnType<typeof createStaffActor>>;
beforeAll(async () => {
  sales = await createStaffActor(testDb(), "sales");
});

const caught = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as AppError,
  );

describe("createContact", () => {
  it("stores provenance, normalised contact points, the search text and an audit entry", async () => {
    const db = testDb();
    const u = uniq();
    const created = await createContact(db, sales, {
      firstName: "Anouk",
      lastName: "Müller",
      company: { name: `Coöperatie Zuivel ${u}`, legalForm: "cooperatie", kvkNumber: "1234 5678" },
      emails: [
        { address: ` Anouk.${u}@Zuivel.NL `, kind: "personal" },
        {
          address: `acquisitie-${u}@zuivel.nl`,
          kind: "designated_commercial",
          designation: { where: "zuivel.nl/contact: 'offertes en aanbiedingen naar acquisitie@'" },
        },
      ],
      phones: [
        { number: "020-123 4567", kind: "general" },
        { number: "06 12345678", kind: "mobile" },
      ],
      postalAddress: { street: "Kaasmarkt 1", postalCode: "1441bk", city: "Purmerend", country: "nl" },
      source: { type: "event", detail: "Agrifair 2026" },
    });
    const contact = await db.contact.findUniqueOrThrow({
      where: { id: created.id },
      include: { company: true, emails: true, phones: true, postalAddresses: true },
    });
    expect(contact).toMatchObject({ sourceType: "event", sourceDetail: "Agrifair 2026", collectedById: sales.userId });
    expect(contact.searchName).toBe(`anouk muller cooperatie zuivel ${u}`);
    expect(contact.company).toMatchObject({ kvkNumber: "12345678", legalForm: "cooperatie" });
    expect(contact.emails.map((e) => e.normalised).sort()).toEqual([
      `acquisitie-${u}@zuivel.nl`,
      `anouk.${u}@zuivel.nl`,
    ]);
    expect(contact.emails.find((e) => e.kind === "designated_commercial")?.designationWhere).toContain(
      "zuivel.nl/contact",
    );
    expect(contact.phones.map((p) => p.e164).sort()).toEqual(["+31201234567", "+31612345678"]);
    expect(contact.postalAddresses[0]).toMatchObject({ postalCode: "1441 BK", country: "NL" });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "contact.created", targetId: created.id } });
    expect(JSON.stringify(audit.metadata)).not.toMatch(/anouk|zuivel|\+316/i);
  });

  it("names every invalid field and writes nothing", async () => {
    const db = testDb();
    const before = await db.contact.count();
    const error = await caught(
      createContact(db, sales, {
        firstName: "X",
        lastName: "Y",
        company: { name: "Z", legalForm: "bv", kvkNumber: "1234" },
        emails: [
          { address: "not-an-address", kind: "personal" },
          { address: `sales-${uniq()}@z.nl`, kind: "designated_commercial" },
        ],
        phones: [{ number: "12", kind: "direct" }],
        source: { type: "public_source", detail: "LinkedIn" },
      }),
    );
    expect(error?.code).toBe("INVALID_INPUT");
    expect(error?.fields.map((f) => f.field)).toEqual([
      "company.kvkNumber",
      "emails.0.address",
      "emails.1.designation.where",
      "phones.0.number",
      "source.publishedForPurpose",
    ]);
    expect(await db.contact.count()).toBe(before);
  });

  it("reuses a company by KvK number and refuses a second contact with the same personal e-mail", async () => {
    const db = testDb();
    const first = await createContactFromBusinessCard(db, sales);
    const colleague = await createContactFromBusinessCard(db, sales, {
      company: { ...first.input.company!, name: "Other spelling BV" },
    });
    const [a, b] = await Promise.all(
      [first, colleague].map((c) => db.contact.findUniqueOrThrow({ where: { id: c.id } })),
    );
    expect(b.companyId).toBe(a.companyId);
    const duplicate = await caught(
      createContactFromBusinessCard(db, sales, {
        emails: [{ address: first.input.emails![0].address.toUpperCase(), kind: "personal" }],
      }),
    );
    expect(duplicate?.code).toBe("CONFLICT");
    expect(duplicate?.key).toBe("contacts.errors.duplicateEmail");
  });

  it("a consent refused inside createContact leaves no contact, company, consent or audit entry behind", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const input = businessCardContactInput({
      consents: [businessCardConsent(purpose.key, { evidence: { statement: "" } })],
    });
    const counts = async () =>
      Promise.all([
        db.contact.count(),
        db.company.count(),
        db.consentRecord.count(),
        db.auditEvent.count(),
        db.emailAddress.count(),
      ]);
    const before = await counts();
    const error = await caught(createContact(db, sales, input));
    expect(error?.code).toBe("UNLAWFUL");
    expect(error?.fields.map((f) => f.field)).toEqual(["consents.0.evidence.statement"]);
    expect(await counts()).toEqual(before);
  });

  it("a failure after the contact and its consent were written rolls the whole transaction back", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    // A test-only trigger makes the very last insert (the attachment) fail inside the database.
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_fail_attachment() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."fileName" = 'boom.png' THEN RAISE EXCEPTION 'disk full (simulated)'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER test_fail_attachment BEFORE INSERT ON "ConsentAttachment" FOR EACH ROW EXECUTE FUNCTION test_fail_attachment()`,
    );
    try {
      const input = businessCardContactInput({
        consents: [
          {
            ...businessCardConsent(purpose.key),
            attachments: [{ fileName: "boom.png", mimeType: "image/png", data: PNG_1X1 }],
          },
        ],
      });
      const counts = async () =>
        Promise.all([
          db.contact.count(),
          db.company.count(),
          db.consentRecord.count(),
          db.auditEvent.count(),
          db.emailAddress.count(),
        ]);
      const before = await counts();
      await expect(createContact(db, sales, input)).rejects.toThrow(/disk full/);
      expect(await counts()).toEqual(before);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_fail_attachment ON "ConsentAttachment"`);
    }
  });

  it("a consent naming an unknown purpose is refused before anything is written", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const before = await db.contact.count();
    const input = businessCardContactInput({
      consents: [businessCardConsent(purpose.key), businessCardConsent("no-such-purpose")],
    });
    const error = await caught(createContact(db, sales, input));
    expect(error?.code).toBe("INVALID_INPUT");
    expect(error?.key).toBe("consents.errors.unknownPurpose");
    expect(await db.contact.count()).toBe(before);
  });
});

describe("suppression list (erased people)", () => {
  it("refuses to re-create a person whose e-mail is suppressed, in any casing", async () => {
    const db = testDb();
    const input = businessCardContactInput();
    const entry = await suppressIdentifier(db, input.emails![0].address);
    const before = await db.contact.count();
    const error = await caught(
      createContact(db, sales, {
        ...input,
        emails: [{ address: input.emails![0].address.toUpperCase(), kind: "personal" }],
      }),
    );
    expect(error?.code).toBe("CONFLICT");
    expect(error?.key).toBe("contacts.errors.suppressed");
    expect(error?.fields.map((f) => f.field)).toEqual(["emails.0.address"]);
    expect(await db.contact.count()).toBe(before);
    expect(await db.suppressionEntry.findUnique({ where: { id: entry.id } })).not.toBeNull();
  });

  it("refuses a suppressed phone number written in Dutch local form", async () => {
    const db = testDb();
    const input = businessCardContactInput({ emails: [] });
    await suppressIdentifier(db, input.phones![0].number.replace(/^06 /, "+316"));
    const error = await caught(createContact(db, sales, input));
    expect(error?.code).toBe("CONFLICT");
    expect(error?.fields.map((f) => f.field)).toEqual(["phones.0.number"]);
  });

  it("lets the person back in when the same request records a fresh consent", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const input = businessCardContactInput();
    const entry = await suppressIdentifier(db, input.emails![0].address);
    const created = await createContact(db, sales, { ...input, consents: [businessCardConsent(purpose.key)] });
    expect(created.consentIds).toHaveLength(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "contact.created", targetId: created.id } });
    expect(audit.metadata).toMatchObject({ suppressionEntryIds: [entry.id], freshBasis: "consent", consents: 1 });
  });

  it("the opt-in screen's new-contact path passes because it records the consent with it", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const input = businessCardContactInput();
    await suppressIdentifier(db, input.emails![0].address);
    const { source: _source, consents: _consents, ...card } = input;
    const result = await logOptIn(db, sales, {
      newContact: card,
      purposes: [{ purpose: purpose.key, noticeVersion: 1 }],
      method: "business_card",
      capturedAt: new Date(),
      affirmativeAct: true,
      location: "Vakbeurs Utrecht, stand 12",
      statement: "Ja hoor, stuur maar.",
    });
    expect(result.created).toBe(true);
    const contact = await db.contact.findUniqueOrThrow({ where: { id: result.contactId } });
    expect(contact).toMatchObject({ sourceType: "business_card", sourceDetail: "Vakbeurs Utrecht, stand 12" });
  });

  it("refuses adding a suppressed address to an existing contact", async () => {
    const db = testDb();
    const contact = await createContactFromBusinessCard(db, sales);
    const address = `erased-${uniq()}@example.nl`;
    await suppressIdentifier(db, address);
    const error = await caught(
      updateContact(db, sales, contact.id, { emails: [...contact.input.emails!, { address, kind: "personal" }] }),
    );
    expect(error?.code).toBe("CONFLICT");
  });
});

describe("updateContact", () => {
  it("keeps the search text in step with names and company, and replaces contact points by value", async () => {
    const db = testDb();
    const contact = await createContactFromBusinessCard(db, sales);
    const u = uniq();
    const keep = contact.input.emails![0];
    const before = await db.emailAddress.findFirstOrThrow({ where: { contactId: contact.id } });
    await updateContact(db, sales, contact.id, {
      lastName: "de Vries",
      company: { name: `Nieuwe Werkgever ${u}`, legalForm: "nv" },
      emails: [keep, { address: `info-${u}@nieuw.nl`, kind: "generic" }],
      phones: [],
    });
    const after = await db.contact.findUniqueOrThrow({
      where: { id: contact.id },
      include: { emails: true, phones: true, company: true },
    });
    expect(after.searchName).toBe(`joost de vries nieuwe werkgever ${u}`);
    expect(after.company?.legalForm).toBe("nv");
    expect(after.emails.find((e) => e.normalised === before.normalised)?.id).toBe(before.id);
    expect(after.emails).toHaveLength(2);
    expect(after.phones).toHaveLength(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "contact.updated", targetId: contact.id } });
    expect((audit.metadata as { fields: string[] }).fields.sort()).toEqual(["company", "emails", "lastName", "phones"]);
  });
});
