/**
 * "No e-mail for a while" on the preference page: an objection for a period (AVG art. 21 lid 2-3),
 * stored as a channel opt-out with an end. The rules engine denies marketing e-mail while it runs,
 * service mail still goes, it ends by itself or when the person ends it, and every step is audited
 * and announced to webhook receivers.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { RuleRefusedError } from "@/server/errors";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signPreferenceToken } from "@/server/tokens/preference-token";
import { decideForContact } from "@/features/outreach/services/decide-for-contact";
import { pauseChannel } from "@/features/consents/services/pause-channel";
import { createWebhookEndpoint } from "@/features/webhooks/services/create-webhook-endpoint";
import { changePreference } from "@/features/preferences/services/change-preference";
import { addMonths } from "@/domain/calendar";
import { readPreferences } from "@/features/preferences/services/read-preferences";
import { createContactWithConsent } from "../../factories/consents";
import { createPurposeWithNotice } from "../../factories/purposes";

let db: Db;
let marketing: string;
let service: string;
const person = { ip: "192.0.2.78", userAgent: "Mozilla/5.0 (pause)" };
const DAY = 86_400_000;

beforeAll(async () => {
  db = await getDb();
  marketing = (await createPurposeWithNotice(db, { channels: ["email", "phone"] })).key;
  service = (await createPurposeWithNotice(db, { directMarketing: false, channels: ["email"] })).key;
  await createWebhookEndpoint(
    db,
    SYSTEM,
    { url: "https://hooks.example/pauses", events: ["channel.paused", "channel.resumed"] },
    { nodeEnv: "test" },
  );
});

const tokenFor = (contactId: string) => signPreferenceToken(tokenSigner(), contactId);
const decide = (contactId: string, purposeKey: string, at?: Date, commercial = true) =>
  decideForContact(db, { contactId, purposeKey, channel: "email", commercial, at }).then((d) => d.decision);
const deliveries = async (contactId: string, event: string) =>
  (await db.webhookDelivery.findMany({ where: { event } })).filter(
    (d) => (d.payload as { data: { contactId: string } }).data.contactId === contactId,
  );

describe("pausing e-mail on the preference page", () => {
  it("denies marketing e-mail until the end, with the end in the explanation; the record keeps IP and time", async () => {
    const { contact } = await createContactWithConsent(db, marketing);
    const before = new Date();
    const done = await changePreference(db, tokenFor(contact.id), { kind: "pause", months: 3 }, person);
    expect(done.ok).toBe(true);

    const decision = await decide(contact.id, marketing);
    expect(decision.decision).toBe("deny");
    expect(decision.rule).toBe("channel_paused");
    expect(decision.citation).toBe("AVG art. 21 lid 2-3");
    const pause = await db.channelOptOut.findFirstOrThrow({ where: { contactId: contact.id } });
    expect(pause).toMatchObject({ channel: "email", via: "preference_centre", ip: person.ip, endedAt: null });
    expect(pause.userAgent).toBe(person.userAgent);
    expect(pause.until!.getTime()).toBe(addMonths(pause.at, 3).getTime());
    expect(pause.at.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(decision.explanation.en).toContain(pause.until!.toISOString().slice(0, 7));

    // It ends by itself: the day after its end, consent allows e-mail again.
    const afterEnd = new Date(pause.until!.getTime() + DAY);
    expect((await decide(contact.id, marketing, afterEnd)).decision).toBe("allow");

    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "channel_pause.recorded", targetId: contact.id },
    });
    expect(audit.actorType).toBe("data_subject");
    expect(JSON.stringify(audit.metadata)).not.toContain(person.ip);
    const [hook] = await deliveries(contact.id, "channel.paused");
    expect((hook.payload as { data: object }).data).toMatchObject({
      channel: "email",
      channelOptOutId: pause.id,
      until: pause.until!.toISOString(),
    });
  });

  it("leaves service mail alone: a pause is about marketing", async () => {
    const { contact } = await createContactWithConsent(db, marketing);
    await changePreference(db, tokenFor(contact.id), { kind: "pause", months: 1 }, person);
    expect((await decide(contact.id, service, undefined, false)).decision).toBe("allow");
  });

  it("shows the running pause on the page, and 'send me e-mail again' ends it early", async () => {
    const { contact } = await createContactWithConsent(db, marketing);
    const token = tokenFor(contact.id);
    await changePreference(db, token, { kind: "pause", months: 6 }, person);
    const paused = await readPreferences(db, token);
    if (!paused.ok) throw new Error(paused.reason);
    expect(paused.emailPause?.until.getTime()).toBeGreaterThan(Date.now() + 150 * DAY);

    expect((await changePreference(db, token, { kind: "resume" }, person)).ok).toBe(true);
    expect((await decide(contact.id, marketing)).decision).toBe("allow");
    const view = await readPreferences(db, token);
    if (!view.ok) throw new Error(view.reason);
    expect(view.emailPause).toBeNull();
    // The pause is kept, with the moment it was ended.
    const kept = await db.channelOptOut.findFirstOrThrow({ where: { contactId: contact.id } });
    expect(kept.endedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { action: "channel_pause.ended", targetId: contact.id } })).toBe(1);
    expect(await deliveries(contact.id, "channel.resumed")).toHaveLength(1);
    // A decision replayed for a moment during the pause still says it was paused then.
    expect((await decide(contact.id, marketing, new Date(kept.at.getTime() + 1))).rule).toBe("channel_paused");
  });

  it("ending a pause when none runs changes nothing and writes nothing", async () => {
    const { contact } = await createContactWithConsent(db, marketing);
    expect((await changePreference(db, tokenFor(contact.id), { kind: "resume" }, person)).ok).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "channel_pause.ended", targetId: contact.id } })).toBe(0);
  });

  it("a new pause replaces a running one, which is kept as ended", async () => {
    const { contact } = await createContactWithConsent(db, marketing);
    const token = tokenFor(contact.id);
    await changePreference(db, token, { kind: "pause", months: 6 }, person);
    await changePreference(db, token, { kind: "pause", months: 1 }, person);
    const pauses = await db.channelOptOut.findMany({ where: { contactId: contact.id }, orderBy: { createdAt: "asc" } });
    expect(pauses).toHaveLength(2);
    expect(pauses[0].endedAt).not.toBeNull();
    expect(pauses[1].endedAt).toBeNull();
    const view = await readPreferences(db, token);
    if (!view.ok) throw new Error(view.reason);
    expect(view.emailPause?.until.getTime()).toBe(pauses[1].until!.getTime());
  });

  it("refuses a length the page does not offer, and a pause that has ended or lasts over a year", async () => {
    const { contact } = await createContactWithConsent(db, marketing);
    await expect(changePreference(db, tokenFor(contact.id), { kind: "pause", months: 24 }, person)).rejects.toThrow();
    const now = new Date();
    await expect(
      pauseChannel(db, SYSTEM, contact.id, { until: new Date(now.getTime() - DAY) }, { now }),
    ).rejects.toBeInstanceOf(RuleRefusedError);
    await expect(
      pauseChannel(db, SYSTEM, contact.id, { until: new Date(now.getTime() + 400 * DAY) }, { now }),
    ).rejects.toMatchObject({ fields: [{ field: "until", code: "pauseTooLong" }] });
    expect(await db.channelOptOut.count({ where: { contactId: contact.id } })).toBe(0);
  });

  it("a consent given during a pause does not end the pause", async () => {
    const { contact } = await createContactWithConsent(db, marketing);
    await changePreference(db, tokenFor(contact.id), { kind: "pause", months: 1 }, person);
    // Switching the purpose on during the pause is recorded, and the pause still holds.
    await changePreference(db, tokenFor(contact.id), { kind: "withdraw", purpose: marketing }, person);
    await changePreference(db, tokenFor(contact.id), { kind: "grant", purpose: marketing }, person);
    expect((await decide(contact.id, marketing)).rule).toBe("channel_paused");
  });
});
