/**
 * How long consent counts, end to end: the organisation's per-channel settings and a purpose's
 * first-call period are saved with an audit event, and the engine, the contact page and the
 * eligibility grid all apply them. A logged call that reached the person uses a phone consent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import {
  getOrganisationSettings,
  updateOrganisationSettings,
} from "@/features/settings/services/organisation-settings";
import { updatePurpose } from "@/features/purposes/services/update-purpose";
import { decideForContact } from "@/features/outreach/services/decide-for-contact";
import { getEligibility } from "@/features/outreach/services/get-eligibility";
import { getContact } from "@/features/contacts/services/get-contact";
import { logCall } from "@/features/calls/services/log-call";
import { daysAgo } from "../../factories/dates";
import { createContact } from "../../factories/contacts";
import { grantConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";

let db: Db;
let original: Awaited<ReturnType<typeof getOrganisationSettings>>;
const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY);
const salesCtx = { actor: { type: "user" as const, id: "0190a000-0000-7000-8000-000000000002", role: "sales" } };

/** The settings row as the form sends it, with some fields changed. */
async function saveSettings(changes: Partial<Parameters<typeof updateOrganisationSettings>[2]>) {
  const { updatedAt, ...rest } = await getOrganisationSettings(db);
  void updatedAt;
  await updateOrganisationSettings(db, SYSTEM, { ...rest, ...changes });
}

beforeAll(async () => {
  db = await getDb();
  original = await getOrganisationSettings(db);
});

afterAll(async () => {
  const { updatedAt, ...rest } = original;
  void updatedAt;
  await updateOrganisationSettings(db, SYSTEM, rest);
});

/** A private person with a mobile number who consented to calls alone, `days` ago. */
async function phoneConsentGiven(purposeKey: string, days: number) {
  const contact = await createContact(db, { legalForm: null, phones: [{ kind: "mobile" }] });
  const consent = await grantConsent(db, contact.id, purposeKey, ["phone"], daysAgo(days));
  return { contact, consent };
}

const callDecision = (contactId: string, purposeKey: string, at?: Date) =>
  decideForContact(db, { contactId, purposeKey, channel: "phone", commercial: true, ...(at ? { at } : {}) });

describe("consent lifetime per channel", () => {
  it("saves the per-channel settings with an audit event that keeps old and new values", async () => {
    await saveSettings({ phoneFirstCallMonths: 6, emailConsentLifetimeDays: null });
    const since = new Date();
    await saveSettings({ phoneFirstCallMonths: 3, emailConsentLifetimeDays: 20, smsConsentLifetimeDays: "" });
    const saved = await getOrganisationSettings(db);
    expect(saved).toMatchObject({
      phoneFirstCallMonths: 3,
      emailConsentLifetimeDays: 20,
      smsConsentLifetimeDays: null,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "settings.updated", at: { gte: since } },
      orderBy: { at: "desc" },
    });
    expect(event.metadata).toMatchObject({
      changed: expect.arrayContaining(["phoneFirstCallMonths", "emailConsentLifetimeDays"]),
      policy: {
        phoneFirstCallMonths: { from: 6, to: 3 },
        emailConsentLifetimeDays: { from: null, to: 20 },
      },
    });
    await saveSettings({ phoneFirstCallMonths: 6, emailConsentLifetimeDays: null });
  });

  it("leaving the lifetime fields out changes nothing (an older form)", async () => {
    await saveSettings({ phoneFirstCallMonths: 4 });
    const {
      updatedAt,
      emailConsentLifetimeDays,
      smsConsentLifetimeDays,
      postConsentLifetimeDays,
      phoneFirstCallMonths,
      ...older
    } = await getOrganisationSettings(db);
    void [updatedAt, emailConsentLifetimeDays, smsConsentLifetimeDays, postConsentLifetimeDays, phoneFirstCallMonths];
    await updateOrganisationSettings(db, SYSTEM, older);
    expect((await getOrganisationSettings(db)).phoneFirstCallMonths).toBe(4);
    await saveSettings({ phoneFirstCallMonths: 6 });
  });

  it("the phone window decides calls: the default six months, then a shorter one from the settings", async () => {
    const purpose = await createPurpose(db, { channels: ["phone", "email"] });
    const { contact, consent } = await phoneConsentGiven(purpose.key, 100);
    await saveSettings({ phoneFirstCallMonths: 6 });
    expect((await callDecision(contact.id, purpose.key)).decision).toMatchObject({
      decision: "allow",
      rule: "consent",
    });

    await saveSettings({ phoneFirstCallMonths: 3 });
    try {
      const { decision } = await callDecision(contact.id, purpose.key);
      expect(decision).toMatchObject({
        decision: "deny",
        rule: "phone_consent_unused",
        evidence: [
          { type: "consent", id: consent.id },
          { type: "policy", id: "phone-first-call-window" },
        ],
      });
      expect(decision.explanation.en).toContain("within 3 months (the organisation's setting for phone)");
      // The contact page and the eligibility grid say the same.
      const page = await getContact(db, contact.id);
      const phone = page!.consentStates
        .find((s) => s.purpose.key === purpose.key)!
        .channels.find((c) => c.channel === "phone")!;
      expect(phone.state).toMatchObject({
        state: "expired",
        lapse: { kind: "first_call", months: 3, source: "channel" },
      });
      const grid = (await getEligibility(db, contact.id)).find((p) => p.key === purpose.key)!;
      expect(grid.rows.find((r) => r.channel === "phone")!.decision.rule).toBe("phone_consent_unused");
    } finally {
      await saveSettings({ phoneFirstCallMonths: 6 });
    }
  });

  it("a logged call that reached the person uses the consent; an unanswered one does not", async () => {
    const purpose = await createPurpose(db, { channels: ["phone"] });
    const answered = await phoneConsentGiven(purpose.key, 10);
    const unanswered = await phoneConsentGiven(purpose.key, 10);
    await logCall(db, salesCtx, {
      contactId: answered.contact.id,
      purposeId: purpose.id,
      phoneNumberId: answered.contact.phones[0].id,
      outcome: "reached",
    });
    await logCall(db, salesCtx, {
      contactId: unanswered.contact.id,
      purposeId: purpose.id,
      phoneNumberId: unanswered.contact.phones[0].id,
      outcome: "no_answer",
    });
    // Seven months from now the six-month window has closed for both.
    const later = inDays(210);
    expect((await callDecision(answered.contact.id, purpose.key, later)).decision).toMatchObject({
      decision: "allow",
      rule: "consent",
    });
    expect((await callDecision(unanswered.contact.id, purpose.key, later)).decision).toMatchObject({
      decision: "deny",
      rule: "phone_consent_unused",
    });
    // On the contact page, today: one consent still waits for its first call, the other was used.
    const states = async (id: string) =>
      (await getContact(db, id))!.consentStates.find((s) => s.purpose.key === purpose.key)!.channels[0].state;
    expect(await states(unanswered.contact.id)).toMatchObject({ state: "given", lapse: { kind: "first_call" } });
    const used = await states(answered.contact.id);
    expect(used.state).toBe("given");
    expect(used.firstCall).toBeDefined();
    expect(used.expiresAt).toBeUndefined();
  });

  it("a purpose whose consent text states its own period: saved with an audit event and applied", async () => {
    const purpose = await createPurpose(db, { channels: ["phone", "email"] });
    const { contact, consent } = await phoneConsentGiven(purpose.key, 45);
    expect((await callDecision(contact.id, purpose.key)).decision.rule).toBe("consent");

    const since = new Date();
    await updatePurpose(db, SYSTEM, { purposeId: purpose.id, firstCallMonths: "1" });
    expect((await db.purpose.findUniqueOrThrow({ where: { id: purpose.id } })).firstCallMonths).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "purpose.updated", targetId: purpose.id, at: { gte: since } },
    });
    expect(event.metadata).toMatchObject({ fields: ["firstCallMonths"], firstCallMonths: { from: null, to: 1 } });

    const { decision } = await callDecision(contact.id, purpose.key);
    expect(decision).toMatchObject({
      decision: "deny",
      rule: "phone_consent_unused",
      evidence: [
        { type: "consent", id: consent.id },
        { type: "policy", id: "purpose-first-call-period" },
      ],
    });
    expect(decision.explanation.nl).toContain("(termijn uit de toestemmingstekst van dit doel)");
    const phone = (await getContact(db, contact.id))!.consentStates
      .find((s) => s.purpose.key === purpose.key)!
      .channels.find((c) => c.channel === "phone")!;
    expect(phone.state).toMatchObject({ state: "expired", lapse: { source: "purpose", months: 1 } });

    // A longer period in the text keeps the consent; empty goes back to the organisation's setting.
    await updatePurpose(db, SYSTEM, { purposeId: purpose.id, firstCallMonths: "12" });
    expect((await callDecision(contact.id, purpose.key)).decision.rule).toBe("consent");
    await updatePurpose(db, SYSTEM, { purposeId: purpose.id, firstCallMonths: "" });
    expect((await db.purpose.findUniqueOrThrow({ where: { id: purpose.id } })).firstCallMonths).toBeNull();
  });

  it("an e-mail lifetime of its own ends e-mail consent and leaves calls alone", async () => {
    const purpose = await createPurpose(db, { channels: ["email", "phone"] });
    const contact = await createContact(db, { legalForm: null, phones: [{ kind: "mobile" }] });
    await grantConsent(db, contact.id, purpose.key, ["email"], daysAgo(30));
    await grantConsent(db, contact.id, purpose.key, ["phone"], daysAgo(30));
    await saveSettings({ emailConsentLifetimeDays: 20 });
    try {
      const mail = (
        await decideForContact(db, {
          contactId: contact.id,
          purposeKey: purpose.key,
          channel: "email",
          commercial: true,
        })
      ).decision;
      expect(mail).toMatchObject({ decision: "deny", rule: "consent_expired" });
      expect(mail.explanation.en).toContain("it holds for 20 days (the organisation's setting for e-mail)");
      expect((await callDecision(contact.id, purpose.key)).decision.rule).toBe("consent");
    } finally {
      await saveSettings({ emailConsentLifetimeDays: null });
    }
  });
});
