import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { recordConsent } from "@/features/consents/services/record-consent";
import { RuleRefusedError } from "@/server/errors";
import { createPurposeWithNotice, createPurposeWithTwoNoticeVersions } from "../../factories/purposes";
import { createStaffActor } from "../../factories/users";
import { createContactFromBusinessCard } from "../../factories/contacts";
import { businessCardConsent, PNG_1X1 } from "../../factories/consents";

let sales: Awaited<ReturnType<typeof createStaffActor>>;
beforeAll(async () => {
  sales = await createStaffActor(testDb(), "sales");
});

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RuleRefusedError);
  return error as RuleRefusedError;
}

describe("recordConsent", () => {
  it("stores a business-card opt-in with evidence, the notice version shown, the photo and an audit entry", async () => {
    const db = testDb();
    const purpose = await createPurposeWithTwoNoticeVersions(db);
    const contact = await createContactFromBusinessCard(db, sales);
    const record = await recordConsent(db, sales, contact.id, {
      ...businessCardConsent(purpose.key, { evidence: { noticeVersion: 2 } }),
      attachments: [{ fileName: "kaartje.png", mimeType: "image/png", data: PNG_1X1 }],
    });
    const stored = await db.consentRecord.findUniqueOrThrow({
      where: { id: record.id },
      include: { notice: true, attachments: true },
    });
    expect(stored).toMatchObject({
      action: "granted",
      method: "business_card",
      recordedById: sales.userId,
      recordedVia: "ui",
      channels: ["email", "phone"],
    });
    expect(stored.notice?.version).toBe(2);
    expect(stored.location).toBe("Vakbeurs Utrecht, stand 12");
    expect(stored.attachments).toHaveLength(1);
    expect(stored.attachments[0]).toMatchObject({
      mimeType: "image/png",
      size: PNG_1X1.byteLength,
      fileName: "kaartje.png",
    });
    const audit = await db.auditEvent.findFirst({ where: { action: "consent.recorded", targetId: contact.id } });
    expect(audit?.metadata).toMatchObject({ consentRecordId: record.id, noticeVersion: 2, attachments: 1 });
  });

  it("records a receptionist's consent on the person's behalf only with her role and stated authority", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const contact = await createContactFromBusinessCard(db, sales);
    const grantor = { name: "Petra de Wit", role: "receptionist" };
    const error = await refusal(
      recordConsent(
        db,
        sales,
        contact.id,
        businessCardConsent(purpose.key, { method: "verbal_in_person", evidence: { grantor } }),
      ),
    );
    expect(error.code).toBe("UNLAWFUL");
    expect(error.fields.map((f) => f.code)).toEqual(["grantor_authority_missing"]);
    expect(error.fields[0].field).toBe("evidence.grantor.authority");

    const ok = await recordConsent(
      db,
      sales,
      contact.id,
      businessCardConsent(purpose.key, {
        method: "verbal_in_person",
        evidence: {
          grantor: { ...grantor, authority: "Beheert de agenda en abonnementen van meneer Visser, zei ze zelf" },
        },
      }),
    );
    const stored = await db.consentRecord.findUniqueOrThrow({ where: { id: ok.id } });
    expect(stored).toMatchObject({ grantorName: "Petra de Wit", grantorRole: "receptionist" });
  });

  it("refuses invalid consent with every problem named and writes nothing", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db, { channels: ["email"] });
    const contact = await createContactFromBusinessCard(db, sales);
    const before = await db.consentRecord.count({ where: { contactId: contact.id } });
    const auditBefore = await db.auditEvent.count();
    const error = await refusal(
      recordConsent(db, sales, contact.id, {
        purpose: purpose.key,
        channels: ["phone"],
        method: "business_card",
        capturedAt: new Date(Date.now() + 3_600_000),
        preTicked: true,
        affirmativeAct: false,
        evidence: { noticeVersion: 7 },
      }),
    );
    expect(error.fields.map((f) => f.code)).toEqual([
      "channel_not_offered",
      "captured_in_future",
      "pre_ticked",
      "no_affirmative_act",
      "offline_location_missing",
      "offline_statement_missing",
      "notice_version_unknown",
    ]);
    expect(error.fields[0].text?.nl).toMatch(/telefoon|phone/);
    expect(await db.consentRecord.count({ where: { contactId: contact.id } })).toBe(before);
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("refuses consent that came with a purchased list", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const contact = await createContactFromBusinessCard(db, sales, {
      source: { type: "purchased_list", detail: "Lijstenboer BV, bestand 2026-03" },
    });
    const error = await refusal(
      recordConsent(db, sales, contact.id, businessCardConsent(purpose.key, { importedFromList: true })),
    );
    expect(error.fields.map((f) => f.code)).toContain("purchased_list_consent");
  });

  it("refuses files that are not photos or PDFs, or larger than 10 MB, whatever they are called", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const contact = await createContactFromBusinessCard(db, sales);
    const script = new TextEncoder().encode("<script>alert(1)</script>");
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PNG_1X1.subarray(0, 8));
    const error = await refusal(
      recordConsent(db, sales, contact.id, {
        ...businessCardConsent(purpose.key),
        attachments: [
          { fileName: "card.jpg", mimeType: "image/jpeg", data: script },
          { fileName: "huge.png", mimeType: "image/png", data: big },
        ],
      }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fields.map((f) => [f.field, f.code])).toEqual([
      ["attachments.0", "file_type"],
      ["attachments.1", "file_too_large"],
    ]);
    expect(await db.consentRecord.count({ where: { contactId: contact.id } })).toBe(0);
  });

  it("accepts consent given by phone without a recording as weak evidence; a recording makes it strong", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const contact = await createContactFromBusinessCard(db, sales);
    const input = businessCardConsent(purpose.key, { method: "verbal_phone", evidence: { location: "telefonisch" } });
    const weak = await recordConsent(db, sales, contact.id, input);
    expect(weak).toMatchObject({ action: "granted", evidenceStrength: "weak" });
    const recorded = await recordConsent(db, sales, contact.id, {
      ...input,
      attachments: [{ fileName: "bevestiging.png", mimeType: "image/png", data: PNG_1X1 }],
    });
    expect(recorded.evidenceStrength).toBe("strong");
    // Place and words stay required: without them there is nothing to show (AVG art. 7 lid 1).
    const error = await refusal(
      recordConsent(db, sales, contact.id, { ...input, evidence: { location: "", statement: "", noticeVersion: 1 } }),
    );
    expect(error.fields.map((f) => f.code)).toEqual(["offline_location_missing", "offline_statement_missing"]);
  });

  it("without a notice version stores the version current at the time of consent, marked as inferred", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const contact = await createContactFromBusinessCard(db, sales);
    const input = businessCardConsent(purpose.key, { evidence: { noticeVersion: null } });
    const record = await recordConsent(db, sales, contact.id, input);
    expect(record).toMatchObject({ noticeVersion: 1, noticeInferred: true });
    const stored = await db.consentRecord.findUniqueOrThrow({ where: { id: record.id }, include: { notice: true } });
    expect(stored.notice?.version).toBe(1);
    // Dated before the purpose's first notice: nobody can say what the person was told.
    const early = await refusal(
      recordConsent(db, sales, contact.id, { ...input, capturedAt: new Date(Date.now() - 86_400_000) }),
    );
    expect(early.code).toBe("UNLAWFUL");
    expect(early.fields.map((f) => [f.field, f.code])).toEqual([
      ["evidence.noticeVersion", "captured_before_first_notice"],
    ]);
    // An explicit version that never existed is still refused.
    const unknown = await refusal(
      recordConsent(db, sales, contact.id, { ...input, evidence: { ...input.evidence, noticeVersion: 9 } }),
    );
    expect(unknown.fields.map((f) => f.code)).toEqual(["notice_version_unknown"]);
  });

  it("refuses new consent for an inactive purpose", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    await db.purpose.update({ where: { id: purpose.id }, data: { active: false } });
    const contact = await createContactFromBusinessCard(db, sales);
    const error = await refusal(recordConsent(db, sales, contact.id, businessCardConsent(purpose.key)));
    expect(error.fields.map((f) => f.code)).toEqual(["purpose_inactive"]);
  });
});
