/**
 * Open tracking end to end against a real database and a real SMTP server. A pixel reads the
 * recipient's device (ePrivacy art. 5 lid 3, Tw art. 11.7a), so: off by default, no mail carries
 * one; on, only the mail of a person who consented to the tracking purpose does, and never in the
 * text part; the pixel route stores the first open once, answers a bad token with the same image,
 * and stores nothing once the consent was withdrawn.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { createMailTransport } from "@/server/mail/gate";
import { tokenSigner } from "@/server/tokens/token-signer";
import { withdrawConsent } from "@/features/consents/services/withdraw-consent";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { queueCampaign } from "@/features/campaigns/services/queue-campaign";
import { runCampaigns } from "@/features/campaigns/services/run-campaigns";
import { recordOpen } from "@/features/campaigns/services/record-open";
import { getDeliveryFigures } from "@/features/campaigns/services/get-delivery-figures";
import { getOpenTracking, setOpenTracking } from "@/features/settings/services/open-tracking";
import { readPreferences } from "@/features/preferences/services/read-preferences";
import { GET } from "@/app/api/open/[token]/route";
import { signPreferenceToken } from "@/server/tokens/preference-token";
import { createContactWithConsent, grantConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";
import { mailParts } from "../mail/mime";
import { startSmtpSink } from "../mail/smtp-sink";

let db: Db;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let campaignPurpose: { id: string; key: string };
let trackingPurpose: { id: string; key: string };
beforeAll(async () => {
  db = await getDb();
  sink = await startSmtpSink();
  campaignPurpose = await createPurpose(db, { channels: ["email"] });
  trackingPurpose = await createPurpose(db, { channels: ["email"], directMarketing: false });
});
afterAll(async () => {
  await setOpenTracking(db, SYSTEM, { enabled: false, purposeId: null, justification: "" });
  await sink?.close();
});

const PIXEL_PATH = "/api/open/";

/** A designed (or plain) campaign to Ada, who consented to measuring, and Bob, who did not. */
async function sendCampaign(format: "markdown" | "text" = "markdown") {
  const marker = `Tracking${Date.now()}${Math.random().toString(36).slice(2, 8)}`;
  const ada = (
    await createContactWithConsent(db, campaignPurpose.key, { contact: { companyName: marker, firstName: "Ada" } })
  ).contact;
  await grantConsent(db, ada.id, trackingPurpose.key);
  const bob = (
    await createContactWithConsent(db, campaignPurpose.key, { contact: { companyName: marker, firstName: "Bob" } })
  ).contact;
  const { id } = await createCampaign(db, SYSTEM, {
    name: marker,
    purposeId: campaignPurpose.id,
    commercial: true,
    subject: `Nieuws ${marker}`,
    body: "# Voorjaar\n\nBeste {{firstName|lezer}}, zie [de winkel](https://shop.example.nl).",
    format,
    ratePerMinute: 6000,
    audience: { companyName: marker },
  });
  await queueCampaign(db, SYSTEM, id);
  expect(await runCampaigns(db, createMailTransport(sink.url))).toContain(id);
  const mails = sink.received.filter((m) => m.headers.get("subject")?.includes(marker));
  const rows = await db.campaignRecipient.findMany({ where: { campaignId: id } });
  const row = (contactId: string) => rows.find((r) => r.contactId === contactId)!;
  const addressOf = async (contactId: string) =>
    (await db.emailAddress.findFirstOrThrow({ where: { contactId } })).address;
  const mailOf = async (contactId: string) => {
    const to = await addressOf(contactId);
    return mailParts(mails.find((m) => m.to.includes(to))!.raw);
  };
  return { id, ada, bob, mails, row, mailOf };
}

const pixelToken = (html: string) => {
  const match = /\/api\/open\/([^"&\s]+)/.exec(html);
  return match ? decodeURIComponent(match[1]) : null;
};

const turnOn = () =>
  setOpenTracking(db, SYSTEM, {
    enabled: true,
    purposeId: trackingPurpose.id,
    justification: "We willen weten welke onderwerpen gelezen worden.",
  });

describe("open tracking", () => {
  it("is off by default: no mail carries a pixel, and each row says why", async () => {
    await setOpenTracking(db, SYSTEM, { enabled: false, purposeId: null, justification: "" });
    const c = await sendCampaign();
    expect(c.mails).toHaveLength(2);
    for (const m of c.mails) expect(m.raw).not.toContain(PIXEL_PATH);
    expect(c.row(c.ada.id).tracking).toBe("off");
    expect(c.row(c.bob.id).tracking).toBe("off");
  });

  it("refuses to switch on without a purpose or a justification, naming the fields", async () => {
    // Tests run in a random order: start from "off", which a refused save must leave as it was.
    await setOpenTracking(db, SYSTEM, { enabled: false, purposeId: null, justification: "" });
    await expect(
      setOpenTracking(db, SYSTEM, { enabled: true, purposeId: null, justification: "Omdat het kan, zeker weten." }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", fields: [expect.objectContaining({ field: "purposeId" })] });
    await expect(
      setOpenTracking(db, SYSTEM, { enabled: true, purposeId: trackingPurpose.id, justification: "" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await getOpenTracking(db)).enabled).toBe(false);
  });

  it("switching on is audited with the old and new values", async () => {
    await setOpenTracking(db, SYSTEM, { enabled: false, purposeId: null, justification: "" });
    await turnOn();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "settings.open_tracking_changed" },
      orderBy: { seq: "desc" },
    });
    expect(event.metadata).toMatchObject({
      from: { enabled: false },
      to: { enabled: true, purposeId: trackingPurpose.id },
    });
  });

  it("on: only the consenting recipient's HTML carries the pixel, never the text part", async () => {
    await turnOn();
    const c = await sendCampaign();
    const ada = await c.mailOf(c.ada.id);
    const bob = await c.mailOf(c.bob.id);
    expect(pixelToken(ada.html)).not.toBeNull();
    expect(ada.text).not.toContain(PIXEL_PATH);
    expect(bob.html).not.toContain(PIXEL_PATH);
    expect(bob.text).not.toContain(PIXEL_PATH);
    expect(c.row(c.ada.id).tracking).toBe("on");
    expect(c.row(c.bob.id).tracking).toBe("no_consent");
  });

  it("a plain-text campaign never carries a pixel, even when on", async () => {
    await turnOn();
    const c = await sendCampaign("text");
    for (const m of c.mails) expect(m.raw).not.toContain(PIXEL_PATH);
    expect(c.row(c.ada.id).tracking).toBe("off");
  });

  it("the pixel route stores the first open once and answers a bad token identically", async () => {
    await turnOn();
    const c = await sendCampaign();
    const token = pixelToken((await c.mailOf(c.ada.id)).html)!;
    const fetchPixel = async (t: string) => {
      const res = await GET(new Request(`http://localhost/api/open/${t}`), { params: Promise.resolve({ token: t }) });
      return {
        status: res.status,
        type: res.headers.get("content-type"),
        cache: res.headers.get("cache-control"),
        body: Buffer.from(await res.arrayBuffer()).toString("base64"),
      };
    };
    const first = await fetchPixel(token);
    const openedAt = (await db.campaignRecipient.findUniqueOrThrow({ where: { id: c.row(c.ada.id).id } })).openedAt;
    expect(openedAt).not.toBeNull();
    const again = await fetchPixel(token);
    expect((await db.campaignRecipient.findUniqueOrThrow({ where: { id: c.row(c.ada.id).id } })).openedAt).toEqual(
      openedAt,
    );
    const bad = await fetchPixel(`${token.slice(0, -2)}xx`);
    expect(first).toEqual(again);
    expect(bad).toEqual(first);
    expect(first).toMatchObject({ status: 200, type: "image/gif", cache: expect.stringContaining("no-store") });
    expect(await db.auditEvent.count({ where: { action: "campaign.recipient_opened", targetId: c.id } })).toBe(1);
    expect(await db.campaignRecipient.count({ where: { campaignId: c.id, openedAt: { not: null } } })).toBe(1);
    // The report counts opens among the measured only: 1 of 1 measured, 1 not measured (no consent).
    expect((await getDeliveryFigures(db, c.id)).opens).toEqual({ measured: 1, opened: 1, noConsent: 1, off: 0 });
  });

  it("records nothing once the consent for the tracking purpose was withdrawn, or tracking is off", async () => {
    await turnOn();
    const c = await sendCampaign();
    const token = pixelToken((await c.mailOf(c.ada.id)).html)!;
    await withdrawConsent(db, SYSTEM, c.ada.id, { purpose: trackingPurpose.key, method: "preference_centre" });
    await recordOpen(db, tokenSigner(), token);
    expect((await db.campaignRecipient.findUniqueOrThrow({ where: { id: c.row(c.ada.id).id } })).openedAt).toBeNull();

    const d = await sendCampaign();
    const token2 = pixelToken((await d.mailOf(d.ada.id)).html)!;
    await setOpenTracking(db, SYSTEM, { enabled: false, purposeId: trackingPurpose.id, justification: "" });
    await recordOpen(db, tokenSigner(), token2);
    expect((await db.campaignRecipient.findUniqueOrThrow({ where: { id: d.row(d.ada.id).id } })).openedAt).toBeNull();
  });

  it("the preference centre says nothing while off, and discloses it with the purpose's switch when on", async () => {
    await setOpenTracking(db, SYSTEM, { enabled: false, purposeId: null, justification: "" });
    const { contact } = await createContactWithConsent(db, campaignPurpose.key);
    await grantConsent(db, contact.id, trackingPurpose.key);
    const token = signPreferenceToken(tokenSigner(), contact.id);
    const off = await readPreferences(db, token);
    expect(off.ok && off.openTracking).toBeNull();
    await turnOn();
    const on = await readPreferences(db, token);
    expect(on.ok && on.openTracking).toMatchObject({ purposeKey: trackingPurpose.key, consentOn: true });
  });
});
