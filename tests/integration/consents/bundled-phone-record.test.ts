/**
 * A web-form or double-opt-in consent that listed phone with other channels counts for the other
 * channels only. The record itself says so on the contact page, and agrees with the outreach rules.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import type { Channel } from "@/domain/vocabulary";
import { recordConsent } from "@/features/consents/services/record-consent";
import { getContactTimeline } from "@/features/consents/services/get-contact-timeline";
import { decideForContact } from "@/features/outreach/services/decide-for-contact";
import { daysAgo } from "../../factories/dates";
import { createContact } from "../../factories/contacts";
import { grantConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

async function timelineEntry(contactId: string, consentId: string) {
  const e = (await getContactTimeline(db, contactId)).find((x) => x.id === consentId);
  if (!e || e.kind !== "consent") throw new Error("no such consent on the timeline");
  return e.consent;
}

describe("the record of a bundled phone consent", () => {
  it.each<[string, Channel[], boolean]>([
    ["e-mail and phone in one tick", ["email", "phone"], true],
    ["every channel of the purpose", [], true],
    ["phone alone", ["phone"], false],
    ["e-mail alone", ["email"], false],
  ])("double opt-in for %s: not for calls = %s, as the rules decide", async (_, channels, notForCalls) => {
    const purpose = await createPurpose(db, { channels: ["email", "phone"] });
    const contact = await createContact(db, { legalForm: null, phones: [{ kind: "mobile" }] });
    const consent = await grantConsent(db, contact.id, purpose.key, channels, daysAgo(5));
    expect((await timelineEntry(contact.id, consent.id)).notForCalls).toBe(notForCalls);
    const call = await decideForContact(db, {
      contactId: contact.id,
      purposeKey: purpose.key,
      channel: "phone",
      commercial: true,
    });
    if (notForCalls) expect(call.decision.rule).toBe("phone_consent_bundled");
    else expect(call.decision.rule).not.toBe("phone_consent_bundled");
  });

  it("a consent given in person that lists phone with e-mail counts for calls, and says nothing", async () => {
    const purpose = await createPurpose(db, { channels: ["email", "phone"] });
    const contact = await createContact(db, { legalForm: null, phones: [{ kind: "mobile" }] });
    const consent = await recordConsent(db, SYSTEM, contact.id, {
      purpose: purpose.key,
      channels: ["email", "phone"],
      method: "verbal_in_person",
      capturedAt: daysAgo(2),
      affirmativeAct: true,
      evidence: { location: "Vakbeurs Utrecht", statement: "Ja, mail en bel me maar.", noticeVersion: 1 },
    });
    expect((await timelineEntry(contact.id, consent.id)).notForCalls).toBe(false);
  });

  it("a purpose without phone: a consent for every channel says nothing about calls", async () => {
    const purpose = await createPurpose(db, { channels: ["email", "post"] });
    const contact = await createContact(db);
    const consent = await grantConsent(db, contact.id, purpose.key, [], daysAgo(5));
    expect((await timelineEntry(contact.id, consent.id)).notForCalls).toBe(false);
  });
});
