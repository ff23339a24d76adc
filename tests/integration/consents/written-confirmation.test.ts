/**
 * A phone opt-in without a recording: recorded with weak evidence, confirmed in writing through the
 * signed link in a mail that really goes out over SMTP, after which its evidence is strong. And the
 * organisation's choice to use weak consent only after confirmation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { createMailTransport } from "@/server/mail/gate";
import { recordConsent } from "@/features/consents/services/record-consent";
import { sendWrittenConfirmation } from "@/features/consents/services/send-written-confirmation";
import {
  confirmByToken,
  declineByToken,
  readConfirmationLink,
} from "@/features/consents/services/answer-written-confirmation";
import { getContactTimeline } from "@/features/consents/services/get-contact-timeline";
import { decideForContact } from "@/features/outreach/services/decide-for-contact";
import { findContacts } from "@/features/contacts/services/find-contacts";
import { setRestriction } from "@/features/consents/services/set-restriction";
import {
  updateOrganisationSettings,
  getOrganisationSettings,
} from "@/features/settings/services/organisation-settings";
import { createStaffActor } from "../../factories/users";
import { createContactFromBusinessCard } from "../../factories/contacts";
import { createPurposeWithNotice } from "../../factories/purposes";
import { phoneConsentWithoutRecording } from "../../factories/phone-consent";
import { startSmtpSink } from "../mail/smtp-sink";

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

/** The link in a received mail (quoted-printable soft breaks undone). */
function linkIn(raw: string): string {
  const body = raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  return /\/c\/(v1\.[\w-]+\.[\w-]+)/.exec(body)![1];
}

async function phoneOptIn() {
  const db = await getDb();
  const staff = await createStaffActor(db, "sales");
  const purpose = await createPurposeWithNotice(db);
  const contact = await createContactFromBusinessCard(db, staff);
  const consent = await recordConsent(db, staff, contact.id, phoneConsentWithoutRecording(purpose.key));
  return { db, staff, purpose, contact, consent };
}

const decide = (contactId: string, purposeKey: string) =>
  decideForContact(getDbSync(), { contactId, purposeKey, channel: "email", commercial: true });
let dbRef: Awaited<ReturnType<typeof getDb>>;
const getDbSync = () => dbRef;
beforeAll(async () => {
  dbRef = await getDb();
});

describe("written confirmation of a phone consent", () => {
  it("records a phone opt-in without recording as weak, and the decision says so", async () => {
    const { contact, purpose, consent } = await phoneOptIn();
    expect(consent.evidenceStrength).toBe("weak");
    const { decision } = await decide(contact.id, purpose.key);
    expect(decision).toMatchObject({ decision: "allow", rule: "consent", evidenceStrength: "weak" });
    const [event] = await getContactTimeline(dbRef, contact.id);
    expect(event.kind === "consent" && event.consent).toMatchObject({
      evidenceStrength: "weak",
      awaitingConfirmation: true,
      confirmation: null,
    });
  });

  it("mails the contact a signed link; GET changes nothing, confirming makes the evidence strong", async () => {
    const { db, staff, contact, purpose, consent } = await phoneOptIn();
    const before = sink.received.length;
    await sendWrittenConfirmation(
      db,
      staff,
      { contactId: contact.id, consentRecordId: consent.id },
      {
        transport: createMailTransport(sink.url),
      },
    );
    const mail = sink.received.slice(before).find((m) => m.to.includes(contact.input.emails![0].address));
    expect(mail, "the confirmation reached the contact's address over SMTP").toBeTruthy();
    expect(mail!.headers.get("list-unsubscribe")).toBeUndefined(); // a service message, not marketing
    const token = linkIn(mail!.raw);

    const waitingBefore = await findContacts(db, { q: contact.input.lastName, awaitingConfirmation: true });
    expect(waitingBefore.rows.map((r) => r.id)).toContain(contact.id);
    const link = await readConfirmationLink(db, token);
    expect(link).toMatchObject({ ok: true, confirmedAt: null, declinedAt: null });
    let [event] = await getContactTimeline(db, contact.id);
    expect(event.kind === "consent" && event.consent.evidenceStrength).toBe("weak");

    const meta = { ip: "198.51.100.4", userAgent: "Mozilla/5.0 (iPhone)" };
    expect(await confirmByToken(db, token, meta)).toEqual({ ok: true, done: "confirmed" });
    expect(await confirmByToken(db, token, meta)).toEqual({ ok: true, done: "already" });
    [event] = await getContactTimeline(db, contact.id);
    expect(event.kind === "consent" && event.consent).toMatchObject({
      evidenceStrength: "strong",
      awaitingConfirmation: false,
      confirmation: { ip: "198.51.100.4", userAgent: "Mozilla/5.0 (iPhone)" },
    });
    const { decision } = await decide(contact.id, purpose.key);
    expect(decision.evidenceStrength).toBe("strong");
    const awaiting = async () =>
      (await findContacts(db, { q: contact.input.lastName, awaitingConfirmation: true, limit: 200 })).rows.map(
        (r) => r.id,
      );
    expect(await awaiting()).not.toContain(contact.id);
    const events = await db.consentEvidenceEvent.findMany({ where: { consentRecordId: consent.id } });
    expect(events.map((e) => e.kind).sort()).toEqual(["confirmation_sent", "confirmed"]);
    // Evidence is append-only, like the record it strengthens.
    await expect(db.consentEvidenceEvent.deleteMany({ where: { consentRecordId: consent.id } })).rejects.toThrow();
  });

  it("'changed my mind' withdraws the consent at once", async () => {
    const { db, staff, contact, purpose, consent } = await phoneOptIn();
    const before = sink.received.length;
    await sendWrittenConfirmation(
      db,
      staff,
      { contactId: contact.id, consentRecordId: consent.id },
      {
        transport: createMailTransport(sink.url),
      },
    );
    const token = linkIn(sink.received.slice(before).find((m) => m.to.includes(contact.input.emails![0].address))!.raw);
    expect(await declineByToken(db, token, { ip: "198.51.100.5" })).toEqual({ ok: true, done: "declined" });
    expect((await decide(contact.id, purpose.key)).decision).toMatchObject({ decision: "deny", rule: "withdrawn" });
    expect(await confirmByToken(db, token)).toEqual({ ok: false, reason: "declined_before" });
  });

  it("refuses a forged link, and a consent that needs no confirmation", async () => {
    const { db, staff, contact, consent } = await phoneOptIn();
    expect(await readConfirmationLink(db, "v1.e30.AAAA")).toEqual({ ok: false, reason: "bad_signature" });
    const card = await recordConsent(db, staff, contact.id, {
      ...phoneConsentWithoutRecording((await createPurposeWithNotice(db)).key),
      method: "business_card",
    });
    await expect(
      sendWrittenConfirmation(
        db,
        staff,
        { contactId: contact.id, consentRecordId: card.id },
        { transport: createMailTransport(sink.url) },
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      sendWrittenConfirmation(db, staff, {
        contactId: "0193a5b2-7c1e-7d3f-9a61-2f0c1e4b5a6d",
        consentRecordId: consent.id,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("sends nothing to a contact whose processing is restricted (the send gate decides)", async () => {
    const { db, staff, contact, consent } = await phoneOptIn();
    await setRestriction(db, SYSTEM, contact.id, { reason: "Accuracy contested" });
    const before = sink.received.length;
    await expect(
      sendWrittenConfirmation(
        db,
        staff,
        { contactId: contact.id, consentRecordId: consent.id },
        { transport: createMailTransport(sink.url) },
      ),
    ).rejects.toMatchObject({ code: "UNLAWFUL" });
    expect(sink.received.length).toBe(before);
  });
});

describe("the organisation's setting for weak consent", () => {
  it("off: weak consent is not used until the person confirms it", async () => {
    const settings = await getOrganisationSettings(dbRef);
    const { updatedAt, ...rest } = settings;
    void updatedAt;
    await updateOrganisationSettings(dbRef, SYSTEM, { ...rest, weakConsentUsable: false });
    try {
      const { db, staff, contact, purpose, consent } = await phoneOptIn();
      const denied = (await decide(contact.id, purpose.key)).decision;
      expect(denied).toMatchObject({ decision: "deny", rule: "consent_unconfirmed", evidenceStrength: "weak" });
      const before = sink.received.length;
      await sendWrittenConfirmation(
        db,
        staff,
        { contactId: contact.id, consentRecordId: consent.id },
        {
          transport: createMailTransport(sink.url),
        },
      );
      const token = linkIn(
        sink.received.slice(before).find((m) => m.to.includes(contact.input.emails![0].address))!.raw,
      );
      await confirmByToken(db, token, { ip: "198.51.100.6" });
      expect((await decide(contact.id, purpose.key)).decision).toMatchObject({ decision: "allow", rule: "consent" });
    } finally {
      await updateOrganisationSettings(dbRef, SYSTEM, { ...rest, weakConsentUsable: true });
    }
  });
});
