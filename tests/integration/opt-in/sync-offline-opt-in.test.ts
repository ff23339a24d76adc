import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../../support/db";
import { syncOfflineOptIn } from "@/features/opt-in/services/sync-offline-opt-in";
import { type AppError } from "@/server/errors";
import { createPurposeWithNotice } from "../../factories/purposes";
import { createStaffActor } from "../../factories/users";
import { businessCardContactInput, createContactFromBusinessCard, suppressIdentifier } from "../../factories/contacts";

let sales: Awaited<ReturnType<typeof createStaffActor>>;
let purposeKey: string;
beforeAll(async () => {
  sales = await createStaffActor(testDb(), "sales");
  purposeKey = (await createPurposeWithNotice(testDb())).key;
});

const caught = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as AppError,
  );

/** A card typed in at the fair an hour ago, on a phone whose clock runs 90 seconds slow. */
function queuedCard(over: Record<string, unknown> = {}) {
  const { source: _source, consents: _consents, ...card } = businessCardContactInput();
  return {
    clientId: randomUUID(),
    newContact: card,
    purposes: [{ purpose: purposeKey, noticeVersion: 1 }],
    method: "business_card" as const,
    givenAtDevice: new Date(Date.now() - 60 * 60_000),
    clockOffsetMs: 90_000,
    affirmativeAct: true,
    location: "Vakbeurs Utrecht, stand 12",
    statement: "Ja, stuur me de nieuwsbrief.",
    ...over,
  };
}

describe("syncOfflineOptIn", () => {
  it("records the opt-in once: a retried upload returns the first result and writes nothing", async () => {
    const db = testDb();
    const item = queuedCard();
    const first = await syncOfflineOptIn(db, sales, item);
    const again = await syncOfflineOptIn(db, sales, item);
    expect(first.replayed).toBe(false);
    expect(again).toMatchObject({ replayed: true, contactId: first.contactId, consentIds: first.consentIds });
    expect(await db.consentRecord.count({ where: { contactId: first.contactId } })).toBe(1);
    expect(await db.offlineOptInReceipt.count({ where: { clientId: item.clientId } })).toBe(1);
    expect(
      await db.auditEvent.count({ where: { action: "opt_in.synced_from_device", targetId: first.contactId } }),
    ).toBe(1);
  });

  it("two uploads of the same item at the same moment make one record", async () => {
    const db = testDb();
    const item = queuedCard();
    const [a, b] = await Promise.all([syncOfflineOptIn(db, sales, item), syncOfflineOptIn(db, sales, item)]);
    expect(a.contactId).toBe(b.contactId);
    expect([a.replayed, b.replayed].sort()).toEqual([false, true]);
    expect(await db.contact.count({ where: { lastName: item.newContact.lastName } })).toBe(1);
    expect(await db.consentRecord.count({ where: { contactId: a.contactId } })).toBe(1);
  });

  it("counts the consent from when it was given, corrected by the clock offset, and audits both moments", async () => {
    const db = testDb();
    const item = queuedCard();
    const now = new Date();
    const result = await syncOfflineOptIn(db, sales, item, { now });
    const givenAt = new Date(item.givenAtDevice.getTime() + item.clockOffsetMs);
    const record = await db.consentRecord.findUniqueOrThrow({ where: { id: result.consentIds[0] } });
    expect(record.effectiveAt.toISOString()).toBe(givenAt.toISOString());
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "opt_in.synced_from_device", targetId: result.contactId },
    });
    expect(event.metadata).toMatchObject({
      clientId: item.clientId,
      givenAt: givenAt.toISOString(),
      givenAtDevice: item.givenAtDevice.toISOString(),
      clockOffsetMs: 90_000,
      recordedAt: now.toISOString(),
    });
  });

  it("puts the consent on a contact a colleague created meanwhile with the same e-mail address", async () => {
    const db = testDb();
    const existing = await createContactFromBusinessCard(db, sales);
    const item = queuedCard();
    item.newContact.emails = [{ address: existing.input.emails![0].address.toUpperCase(), kind: "personal" }];
    item.newContact.phones = [];
    const result = await syncOfflineOptIn(db, sales, item);
    expect(result).toMatchObject({ contactId: existing.id, matchedExisting: true });
    expect(await db.contact.count({ where: { lastName: item.newContact.lastName } })).toBe(0);
  });

  it("matches on the phone number too", async () => {
    const db = testDb();
    const existing = await createContactFromBusinessCard(db, sales);
    const item = queuedCard();
    item.newContact.emails = [];
    item.newContact.phones = [{ number: existing.input.phones![0].number, kind: "mobile" }];
    const result = await syncOfflineOptIn(db, sales, item);
    expect(result.contactId).toBe(existing.id);
  });

  it("refuses an erased person without saying who or which address, and records nothing", async () => {
    const db = testDb();
    const item = queuedCard();
    await suppressIdentifier(db, item.newContact.emails![0].address);
    const error = await caught(syncOfflineOptIn(db, sales, item));
    expect(error?.code).toBe("CONFLICT");
    expect(error?.key).toBe("consents.optIn.offline.refusedSuppressed");
    expect(error?.fields ?? []).toEqual([]);
    expect(error?.message).not.toContain(item.newContact.emails![0].address);
    expect(await db.offlineOptInReceipt.count({ where: { clientId: item.clientId } })).toBe(0);
    expect(await db.contact.count({ where: { lastName: item.newContact.lastName } })).toBe(0);
  });

  it("applies the online screen's validation: a refusal leaves nothing, and the corrected item goes through", async () => {
    const db = testDb();
    const item = queuedCard({ purposes: [{ purpose: "no-such-purpose", noticeVersion: 1 }] });
    const error = await caught(syncOfflineOptIn(db, sales, item));
    expect(error).not.toBeNull();
    expect(await db.offlineOptInReceipt.count({ where: { clientId: item.clientId } })).toBe(0);
    const fixed = await syncOfflineOptIn(db, sales, { ...item, purposes: [{ purpose: purposeKey, noticeVersion: 1 }] });
    expect(fixed.replayed).toBe(false);
  });

  it("refuses a clock offset beyond a day", async () => {
    const db = testDb();
    const error = await caught(syncOfflineOptIn(db, sales, queuedCard({ clockOffsetMs: 2 * 24 * 60 * 60_000 })));
    expect(error?.code).toBe("INVALID_INPUT");
  });
});
