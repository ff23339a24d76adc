import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { executeErasure } from "@/features/requests/services/execute-erasure";
import { isSuppressed } from "@/features/requests/services/suppress-identifiers";
import { createContact } from "@/features/contacts/services/create-contact";
import { setWebhookEndpointActive } from "@/features/webhooks/services/update-webhook-endpoint";
import { normaliseIdentifier } from "@/domain/contact-points/normalise-identifier";
import { createStaffUser, userContext } from "../../factories/users";
import { createPersonWithEverything, createPlainContact, createVerifiedRequest } from "../../factories/requests";

type Column = { table_name: string; column_name: string; data_type: string };

/** The SHA-256 an erasure notice to a webhook receiver carries for an address or number. */
const sha256Of = (raw: string) => createHash("sha256").update(normaliseIdentifier(raw)!.value, "utf8").digest("hex");

/**
 * Every text-like column of every table in the public schema (text, varchar, json(b), arrays,
 * bytea), searched for each needle. Bytea is decoded with encode(..., 'escape'), which leaves
 * printable ASCII as it is, so a name inside a scanned card is found too.
 */
async function scanDatabase(needles: string[]) {
  const db = testDb();
  const columns = await db.$queryRawUnsafe<Column[]>(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY', 'bytea', 'USER-DEFINED')
      ORDER BY table_name, column_name`,
  );
  const patterns = needles.map((n) => `%${n.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const hits: string[] = [];
  for (const c of columns) {
    const expr = c.data_type === "bytea" ? `encode("${c.column_name}", 'escape')` : `"${c.column_name}"::text`;
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*)::bigint AS n FROM "${c.table_name}" WHERE ${expr} ILIKE ANY($1::text[])`,
      patterns,
    );
    if (Number(rows[0].n) > 0) hits.push(`${c.table_name}.${c.column_name}`);
  }
  return { hits, columnsScanned: columns.length };
}

describe("erasure (AVG art. 17): the proof that erasure erases", () => {
  // A one-person business, and the partnerships whose names are the partners' own (AVG art. 4(1)).
  it.each(["eenmanszaak", "vof", "maatschap"] as const)(
    "deletes the person (company: %s) from every table, keeps only non-personal proof, and suppresses re-creation",
    async (legalForm) => {
      const db = testDb();
      const officer = await createStaffUser(db);
      const ctx = userContext(officer.id);
      const person = await createPersonWithEverything(db, officer.id, { legalForm });
      // An unrelated contact at another company must survive untouched.
      const bystander = await createPlainContact(db);
      const processor = await db.processor.create({ data: { name: "Mailverzender BV", receivesContactData: true } });

      // A company that is a legal entity, which stays, lists the person's own address and number as
      // its general ones.
      const wholesaler = await db.company.create({
        data: {
          name: `Groothandel ${person.firstName.slice(0, 3)}x`,
          legalForm: "bv",
          generalEmail: person.emails[1].toUpperCase(),
          generalPhone: person.phones[0],
        },
      });
      // A receiver of erasure notices that is disabled after the erasure: its queued notice must not
      // keep the hashes of the person's identifiers forever.
      const receiver = await db.webhookEndpoint.create({
        data: { url: "https://hooks.example.test/erased", events: ["contact.erased"], secret: "r".repeat(32) },
      });
      const request = await createVerifiedRequest(db, ctx, "erasure", {
        contactIds: [person.contact.id],
        requesterName: person.fullName,
        requesterEmail: person.emails[1],
        requesterPhone: person.phones[0],
      });

      const needles = [
        person.firstName,
        person.lastName,
        ...person.emails,
        ...person.phones,
        ...person.phones.map((p) => p.slice(3)),
      ];
      const hashes = [...person.emails, ...person.phones].map(sha256Of);
      const before = await scanDatabase(needles);
      expect(before.hits.length).toBeGreaterThan(15); // the fixture really spreads the person around

      const started = performance.now();
      const summary = await executeErasure(db, ctx, { requestId: request.id });
      const elapsed = performance.now() - started;
      console.info(
        `erasure of one fully loaded contact took ${elapsed.toFixed(0)} ms (in-transaction ${summary.durationMs} ms)`,
      );

      const after = await scanDatabase(needles);
      expect(after.hits).toEqual([]);
      // The notice for the receiver holds hashes until it is sent; disabling the receiver gives it
      // up, and then no hash of the person remains anywhere either.
      expect((await scanDatabase(hashes)).hits).toEqual(["WebhookDelivery.payload"]);
      await setWebhookEndpointActive(db, ctx, { endpointId: receiver.id, active: false });
      expect((await scanDatabase(hashes)).hits).toEqual([]);
      expect(await db.company.findUniqueOrThrow({ where: { id: wholesaler.id } })).toMatchObject({
        generalEmail: null,
        generalPhone: null,
      });
      expect(after.columnsScanned).toBeGreaterThan(80);

      // What remains: a non-personal summary, with counts per table, and the processors to notify.
      expect(summary.rows).toMatchObject({
        Contact: 1,
        EmailAddress: 2,
        PhoneNumber: 2,
        PostalAddress: 1,
        ContactNote: 1,
        ConsentRecord: 5,
        ConsentAttachment: 1,
        LegalBasisRecord: 1,
        CustomerRelationship: 1,
        Objection: 1,
        Restriction: 1,
        ChannelOptOut: 2, // an opt-out of SMS and a pause of e-mail
        CampaignRecipient: 1,
        OutboxMessage: 6,
        CallLog: 1,
        ContactTag: 1,
        ContactNotice: 1,
        RequestContact: 2,
        WebhookDelivery: 1,
        Company: 1,
        "Company (general e-mail/phone cleared)": 2,
        "DataSubjectRequest (requester details cleared)": 3,
        PendingSignup: 2,
        "ImportBatch (stored file removed)": 1,
      });
      expect(summary.processorsToNotify).toEqual(
        expect.arrayContaining([{ id: processor.id, name: "Mailverzender BV" }]),
      );
      expect(summary.suppressionEntries).toBe(4);
      const stored = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } });
      expect(stored).toMatchObject({
        status: "executed",
        requesterName: null,
        requesterEmail: null,
        requesterPhone: null,
        requesterDetails: null,
      });
      expect(await db.contact.findUnique({ where: { id: bystander.contact.id } })).not.toBeNull();
      expect(await db.company.findUnique({ where: { id: bystander.company.id } })).not.toBeNull();

      // Audit entries hold references only (the scan above proves it) and name the erasure.
      const audit = await db.auditEvent.findMany({ where: { action: "contact.erased", targetId: person.contact.id } });
      expect(audit).toHaveLength(1);
      expect(audit[0].metadata).toEqual({ requestId: request.id });

      // The suppression list knows the person, in any spelling of the address or number.
      expect(await isSuppressed(db, person.emails[0].toUpperCase())).toBe(true);
      expect(await isSuppressed(db, `0${person.phones[0].slice(3)}`)).toBe(true);
      expect(await isSuppressed(db, bystander.email)).toBe(false);

      // Re-creating the contact with the same e-mail address is refused without a fresh basis ...
      const draft = {
        firstName: person.firstName,
        lastName: person.lastName,
        emails: [{ address: person.emails[0], kind: "personal" as const }],
        source: { type: "import" as const, detail: "Ledenlijst branchevereniging" },
      };
      await expect(createContact(db, ctx, draft)).rejects.toMatchObject({
        code: "CONFLICT",
        key: "contacts.errors.suppressed",
      });
      // ... and allowed when this same call records a fresh consent (docs/law/erasure.md).
      const again = await createContact(db, ctx, {
        ...draft,
        source: { type: "event", detail: "Beurs Amsterdam, stand 3" },
        consents: [
          {
            purpose: person.purpose.key,
            method: "verbal_in_person",
            capturedAt: new Date(),
            affirmativeAct: true,
            evidence: {
              location: "Beurs Amsterdam, stand 3",
              statement: "Ja, stuur mij de nieuwsbrief.",
              noticeVersion: 1,
            },
          },
        ],
      });
      expect(again.consentIds).toHaveLength(1);
    },
  );

  it("erases nothing but still suppresses and clears the requester when we hold no data", async () => {
    const db = testDb();
    const officer = await createStaffUser(db);
    const ctx = userContext(officer.id);
    const request = await createVerifiedRequest(db, ctx, "erasure", {
      requesterEmail: "onbekend.persoon@example.org",
      requesterPhone: "+31687654321",
    });
    const summary = await executeErasure(db, ctx, { requestId: request.id });
    expect(summary).toMatchObject({ contacts: 0, noDataHeld: true, suppressionEntries: 2 });
    expect(await isSuppressed(db, "onbekend.persoon@example.org")).toBe(true);
    const stored = await db.dataSubjectRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(stored.requesterEmail).toBeNull();
  });

  it("removes a vof or maatschap with its last contact: the partners' names are personal data", async () => {
    const db = testDb();
    const officer = await createStaffUser(db);
    const ctx = userContext(officer.id);
    const vof = await createPlainContact(db, { legalForm: "vof" });
    const maatschap = await createPlainContact(db, { legalForm: "maatschap" });
    const names = [vof, maatschap].map((p) => `${p.lastName} & Partners`);
    await db.company.update({ where: { id: vof.company.id }, data: { name: names[0] } });
    await db.company.update({ where: { id: maatschap.company.id }, data: { name: names[1] } });
    const request = await createVerifiedRequest(db, ctx, "erasure", {
      contactIds: [vof.contact.id, maatschap.contact.id],
    });
    const summary = await executeErasure(db, ctx, { requestId: request.id });
    expect(summary.rows.Company).toBe(2);
    expect((await scanDatabase([vof.lastName, maatschap.lastName, vof.email, maatschap.email])).hits).toEqual([]);
  });

  it("keeps a company that is a legal entity or still has other contacts", async () => {
    const db = testDb();
    const officer = await createStaffUser(db);
    const ctx = userContext(officer.id);
    const one = await createPlainContact(db, { legalForm: "eenmanszaak" });
    const colleague = await db.contact.create({
      data: {
        firstName: "Collega",
        lastName: "Tweede",
        companyId: one.company.id,
        sourceType: "manual",
        collectedAt: new Date(),
        searchName: "collega tweede",
      },
    });
    const bv = await createPlainContact(db, { legalForm: "bv" });
    const request = await createVerifiedRequest(db, ctx, "erasure", { contactIds: [one.contact.id, bv.contact.id] });
    const summary = await executeErasure(db, ctx, { requestId: request.id });
    expect(summary.rows.Company).toBe(0);
    expect(await db.company.count({ where: { id: { in: [one.company.id, bv.company.id] } } })).toBe(2);
    expect(await db.contact.findUnique({ where: { id: colleague.id } })).not.toBeNull();
  });
});
