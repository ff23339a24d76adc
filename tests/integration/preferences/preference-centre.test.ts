import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { createMailTransport, sendAllowedMail } from "@/server/mail/gate";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signPreferenceToken } from "@/server/tokens/preference-token";
import { signUnsubscribeToken } from "@/server/tokens/unsubscribe-token";
import { decideForContact } from "@/features/outreach/services/decide-for-contact";
import { createWebhookEndpoint } from "@/features/webhooks/services/create-webhook-endpoint";
import { changePreference } from "@/features/preferences/services/change-preference";
import { readPreferences } from "@/features/preferences/services/read-preferences";
import { sendPreferenceLink } from "@/features/preferences/services/send-preference-link";
import { createContact } from "../../factories/contacts";
import { createContactWithConsent } from "../../factories/consents";
import { createPurposeWithNotice } from "../../factories/purposes";
import { uniqueAddress, uniqueIp } from "../../factories/signups";
import { startSmtpSink } from "../mail/smtp-sink";

let db: Db;
let purposeKey: string;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let smtp: ReturnType<typeof createMailTransport>;
const person = { ip: "192.0.2.77", userAgent: "Mozilla/5.0 (preferences)" };

beforeAll(async () => {
  db = await getDb();
  sink = await startSmtpSink();
  smtp = createMailTransport(sink.url);
  purposeKey = (await createPurposeWithNotice(db, { channels: ["email", "phone"] })).key;
  await createWebhookEndpoint(
    db,
    SYSTEM,
    { url: "https://hooks.example/consent", events: ["consent.granted", "consent.withdrawn", "objection.recorded"] },
    { nodeEnv: "test" },
  );
});
afterAll(() => sink.close());

const tokenFor = (contactId: string) => signPreferenceToken(tokenSigner(), contactId);
const deliveriesFor = async (contactId: string, event: string) =>
  (await db.webhookDelivery.findMany({ where: { event } })).filter(
    (d) => (d.payload as { data: { contactId: string } }).data.contactId === contactId,
  );
const email = (contactId: string) =>
  decideForContact(db, { contactId, purposeKey, channel: "email", commercial: true }).then((d) => d.decision.decision);

describe("the preference page", () => {
  it("shows per purpose and channel what may happen now and why, from the rules engine", async () => {
    const { contact } = await createContactWithConsent(db, purposeKey);
    const view = await readPreferences(db, tokenFor(contact.id));
    if (!view.ok) throw new Error(view.reason);
    const purpose = view.purposes.find((p) => p.key === purposeKey)!;
    expect(purpose.consentOn).toBe(true);
    expect(purpose.switchable).toBe(true);
    const mail = purpose.rows.find((r) => r.channel === "email")!;
    expect(mail.decision.decision).toBe("allow");
    expect(mail.decision.explanation.en.length).toBeGreaterThan(0);
    expect(purpose.rows.some((r) => r.channel === "phone")).toBe(true);
  });

  it("refuses a forged or foreign token", async () => {
    const { contact } = await createContactWithConsent(db, purposeKey);
    const unsubscribe = signUnsubscribeToken(tokenSigner(), { c: contact.id, p: purposeKey, ch: "email" });
    expect(await readPreferences(db, unsubscribe)).toEqual({ ok: false, reason: "bad_signature" });
    expect(await changePreference(db, "v1.abc.def", { kind: "withdraw", purpose: purposeKey }, person)).toEqual({
      ok: false,
      reason: "malformed",
    });
  });
});

describe("changes on the preference page", () => {
  it("switching off withdraws at once, append-only, with IP and time, and fires consent.withdrawn", async () => {
    const { contact, consent } = await createContactWithConsent(db, purposeKey);
    const done = await changePreference(db, tokenFor(contact.id), { kind: "withdraw", purpose: purposeKey }, person);
    expect(done.ok).toBe(true);
    expect(await email(contact.id)).toBe("deny");
    expect(await db.consentRecord.findUnique({ where: { id: consent.id } })).not.toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "consent.withdrawn", targetId: contact.id },
    });
    // The person's IP is evidence on their own record, not part of the staff audit trail.
    expect(audit).toMatchObject({ actorType: "data_subject", actorId: contact.id });
    const record = await db.consentRecord.findFirstOrThrow({ where: { contactId: contact.id, action: "withdrawn" } });
    expect(record).toMatchObject({ method: "preference_centre", ip: person.ip, userAgent: person.userAgent });
    expect(record.effectiveAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await deliveriesFor(contact.id, "consent.withdrawn")).toHaveLength(1);
  });

  it("switching on again is a new consent with method preference_centre, IP, user agent and time", async () => {
    const contact = await createContact(db);
    expect(await email(contact.id)).toBe("deny");
    const done = await changePreference(db, tokenFor(contact.id), { kind: "grant", purpose: purposeKey }, person);
    if (!done.ok) throw new Error(done.reason);
    const record = await db.consentRecord.findUniqueOrThrow({ where: { id: done.id }, include: { notice: true } });
    expect(record).toMatchObject({
      action: "granted",
      method: "preference_centre",
      channels: ["email"],
      ip: person.ip,
      userAgent: person.userAgent,
      recordedVia: "public",
    });
    expect(record.notice?.version).toBe(1);
    expect(await email(contact.id)).toBe("allow");
    expect(await deliveriesFor(contact.id, "consent.granted")).toHaveLength(1);
    const view = await readPreferences(db, tokenFor(contact.id));
    expect(view.ok && view.purposes.find((p) => p.key === purposeKey)?.consentOn).toBe(true);
  });

  it("objecting to direct marketing denies every channel at once and fires objection.recorded", async () => {
    const { contact } = await createContactWithConsent(db, purposeKey, { channels: ["email", "phone"] });
    await changePreference(db, tokenFor(contact.id), { kind: "object", scope: "direct_marketing" }, person);
    expect(await email(contact.id)).toBe("deny");
    const view = await readPreferences(db, tokenFor(contact.id));
    if (!view.ok) throw new Error(view.reason);
    expect(view.objections.direct_marketing).toBe(true);
    expect(view.purposes.find((p) => p.key === purposeKey)!.rows.every((r) => r.decision.decision === "deny")).toBe(
      true,
    );
    const [delivery] = await deliveriesFor(contact.id, "objection.recorded");
    expect((delivery.payload as { data: { scope: string } }).data.scope).toBe("direct_marketing");
    const objection = await db.objection.findFirstOrThrow({ where: { contactId: contact.id } });
    expect(objection).toMatchObject({ receivedVia: "preference_centre", ip: person.ip, userAgent: person.userAgent });
  });

  it("objecting to profiling is recorded as its own objection", async () => {
    const { contact } = await createContactWithConsent(db, purposeKey);
    await changePreference(db, tokenFor(contact.id), { kind: "object", scope: "profiling" }, person);
    const view = await readPreferences(db, tokenFor(contact.id));
    expect(view.ok && view.objections).toEqual({ direct_marketing: false, profiling: true });
    expect(await email(contact.id)).toBe("allow");
  });
});

describe("every commercial mail links to the preference page", () => {
  it("the gate adds the link to the footer, and keeps it out of the stored copy", async () => {
    const { contact } = await createContactWithConsent(db, purposeKey);
    const decide = () =>
      decideForContact(db, { contactId: contact.id, purposeKey, channel: "email", commercial: true });
    const mail = { contactId: contact.id, purposeKey, commercial: true, subject: "Aanbod", text: "Hallo" };
    // Through SMTP the person receives a working link ...
    const sent = await sendAllowedMail(db, smtp, (await decide()).permit!, mail);
    const raw = sink.received
      .filter((m) => m.to.includes(sent.to))
      .at(-1)!
      .raw.replace(/=\r?\n/g, "")
      .replace(/=3D/g, "=");
    const token = /\/p\/(v1\.[\w.-]+)/.exec(raw)![1];
    const view = await readPreferences(db, token);
    expect(view.ok && view.contactId).toBe(contact.id);
    // ... while the copy staff can read in the outbox shows where the link was, not the link.
    const kept = await sendAllowedMail(db, createMailTransport(null), (await decide()).permit!, mail);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: kept.outboxId } });
    expect(row.text).toContain("/p/");
    expect(row.text).not.toMatch(/\/p\/v1\./);
  });
});

describe("send me a link", () => {
  it("mails a known address and answers the same for an unknown one", async () => {
    const address = uniqueAddress();
    const contact = await createContact(db, { emails: [{ address, kind: "personal" }] });
    const known = await sendPreferenceLink(db, { email: address, ip: uniqueIp() }, { transport: smtp });
    const unknown = await sendPreferenceLink(db, { email: uniqueAddress(), ip: uniqueIp() }, { transport: smtp });
    expect(known.accepted).toBe(unknown.accepted);
    expect(known.mailed).toBe(1);
    expect(unknown.mailed).toBe(0);
    const raw = sink.received
      .filter((m) => m.to.includes(address))
      .at(-1)!
      .raw.replace(/=\r?\n/g, "");
    const token = /\/p\/(v1\.[\w.-]+)/.exec(raw.replace(/=3D/g, "="))![1];
    const view = await readPreferences(db, token);
    expect(view.ok && view.contactId).toBe(contact.id);
  });

  it("is rate-limited per address without saying so", async () => {
    const address = uniqueAddress();
    await createContact(db, { emails: [{ address, kind: "personal" }] });
    const results = [];
    for (let i = 0; i < 4; i++)
      results.push(await sendPreferenceLink(db, { email: address, ip: uniqueIp() }, { transport: smtp }));
    expect(results.map((r) => r.mailed)).toEqual([1, 1, 1, 0]);
    expect(sink.received.filter((m) => m.to.includes(address))).toHaveLength(3);
  });
});
