import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { correctConsent } from "@/features/consents/services/correct-consent";
import { recordConsent } from "@/features/consents/services/record-consent";
import { getContactTimeline } from "@/features/consents/services/get-contact-timeline";
import { getContact } from "@/features/contacts/services/get-contact";
import { RuleRefusedError } from "@/server/errors";
import { AppError } from "@/server/errors";
import { createPurposeWithNotice } from "../../factories/purposes";
import { createStaffActor } from "../../factories/users";
import { businessCardConsent, createContactWithConsent, PNG_1X1 } from "../../factories/consents";

let officer: Awaited<ReturnType<typeof createStaffActor>>;
beforeAll(async () => {
  officer = await createStaffActor(testDb(), "privacy_officer");
});

describe("consent records are append-only", () => {
  it("refuses an update or a delete of a consent record or its attachment at the database", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const { contact } = await createContactWithConsent(db, purpose.key, {
      ctx: officer,
      consent: businessCardConsent(purpose.key, {
        attachments: [{ fileName: "card.png", mimeType: "image/png", data: PNG_1X1 }],
      }),
    });
    const record = await db.consentRecord.findFirstOrThrow({ where: { contactId: contact.id } });
    await expect(db.consentRecord.update({ where: { id: record.id }, data: { statement: "forged" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.consentRecord.delete({ where: { id: record.id } })).rejects.toThrow(/append-only/);
    await expect(db.consentAttachment.deleteMany({ where: { consentRecordId: record.id } })).rejects.toThrow(
      /append-only/,
    );
    const still = await db.consentRecord.findUniqueOrThrow({ where: { id: record.id } });
    expect(still.statement).toBe(record.statement);
  });

  it("a correction is a new record linked to its original, with the reason; the original stays untouched", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const { contact, consent } = await createContactWithConsent(db, purpose.key, {
      ctx: officer,
      consent: businessCardConsent(purpose.key),
    });
    const original = await db.consentRecord.findUniqueOrThrow({ where: { id: consent.id } });
    const fixedTime = new Date(Date.now() - 3 * 86_400_000);
    const correction = await correctConsent(db, officer, contact.id, {
      correctsId: consent.id,
      reason: "Datum verkeerd overgenomen van het beursformulier",
      capturedAt: fixedTime,
      channels: ["email"],
    });
    const stored = await db.consentRecord.findUniqueOrThrow({
      where: { id: correction.id },
      include: { corrects: true },
    });
    expect(stored.correctsId).toBe(consent.id);
    expect(stored.corrects?.id).toBe(consent.id);
    expect(stored.correctionReason).toBe("Datum verkeerd overgenomen van het beursformulier");
    expect(stored.effectiveAt.toISOString()).toBe(fixedTime.toISOString());
    expect(stored.channels).toEqual(["email"]);
    expect(stored.statement).toBe(original.statement);
    expect(await db.consentRecord.findUniqueOrThrow({ where: { id: consent.id } })).toEqual(original);
    const audit = await db.auditEvent.findFirst({ where: { action: "consent.corrected", targetId: contact.id } });
    expect(audit?.metadata).toMatchObject({
      consentRecordId: correction.id,
      correctsId: consent.id,
      invalidates: false,
    });

    const timeline = await getContactTimeline(db, contact.id);
    const entries = timeline.filter((e) => e.kind === "consent");
    expect(entries.find((e) => e.id === consent.id)).toMatchObject({ consent: { superseded: true } });
    expect(entries.find((e) => e.id === correction.id)).toMatchObject({
      consent: { correctsId: consent.id, superseded: false },
    });
  });

  it("only the newest record of a chain can be corrected, and a correction needs a reason", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const { contact, consent } = await createContactWithConsent(db, purpose.key, {
      ctx: officer,
      consent: businessCardConsent(purpose.key),
    });
    const noReason = await correctConsent(db, officer, contact.id, { correctsId: consent.id, reason: "" }).catch(
      (e: unknown) => e,
    );
    expect(noReason).toBeInstanceOf(RuleRefusedError);
    expect((noReason as RuleRefusedError).fields.map((f) => f.code)).toEqual(["correction_reason_missing"]);
    await correctConsent(db, officer, contact.id, {
      correctsId: consent.id,
      reason: "Kanaal telefoon was niet besproken",
      channels: ["email"],
    });
    const again = await correctConsent(db, officer, contact.id, {
      correctsId: consent.id,
      reason: "Nog een keer corrigeren",
    }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(AppError);
    expect((again as AppError).code).toBe("CONFLICT");
  });

  it("a correction cannot turn consent into something the rules refuse", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const { contact, consent } = await createContactWithConsent(db, purpose.key, {
      ctx: officer,
      consent: businessCardConsent(purpose.key),
    });
    const error = await correctConsent(db, officer, contact.id, {
      correctsId: consent.id,
      reason: "Er was een collega bij die namens hem sprak",
      evidence: { grantor: { name: "Karin", role: "office manager" } },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleRefusedError);
    expect((error as RuleRefusedError).fields.map((f) => f.code)).toEqual(["grantor_authority_missing"]);
    expect(await db.consentRecord.count({ where: { contactId: contact.id } })).toBe(1);
  });

  it("invalidating a consent makes it stop counting, while both records stay as history", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db, { channels: ["email"] });
    const { contact, consent } = await createContactWithConsent(db, purpose.key, {
      ctx: officer,
      consent: businessCardConsent(purpose.key),
    });
    const before = await getContact(db, contact.id);
    expect(before?.consentStates.find((s) => s.purpose.key === purpose.key)?.channels[0].state.state).toBe("given");
    await correctConsent(db, officer, contact.id, {
      correctsId: consent.id,
      reason: "Het vakje bleek vooraf aangevinkt",
      invalidate: true,
    });
    const after = await getContact(db, contact.id);
    expect(after?.consentStates.find((s) => s.purpose.key === purpose.key)?.channels[0].state.state).toBe("none");
    expect(await db.consentRecord.count({ where: { contactId: contact.id } })).toBe(2);
  });

  it("a consent recorded later for the same purpose is a separate record; the earlier one is kept", async () => {
    const db = testDb();
    const purpose = await createPurposeWithNotice(db);
    const { contact } = await createContactWithConsent(db, purpose.key, {
      ctx: officer,
      consent: businessCardConsent(purpose.key),
    });
    await recordConsent(db, officer, contact.id, businessCardConsent(purpose.key, { method: "paper_form" }));
    expect(await db.consentRecord.count({ where: { contactId: contact.id } })).toBe(2);
  });
});
