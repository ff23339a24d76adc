/**
 * Returned mail end to end: a campaign goes out through real SMTP with the return path set (the
 * envelope sender is bounces+<token>@...), then bounce reports and a spam complaint are delivered
 * over real SMTP to the return-path receiver, and the recipient, the address, the consent and the
 * figures change as they should: once, never downgraded, never for mail outside the return path.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { createMailTransport } from "@/server/mail/gate";
import { SYSTEM } from "@/server/audit/actor";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { queueCampaign } from "@/features/campaigns/services/queue-campaign";
import { runCampaigns } from "@/features/campaigns/services/run-campaigns";
import { getDeliveryFigures } from "@/features/campaigns/services/get-delivery-figures";
import { previewCampaign } from "@/features/campaigns/services/preview-campaign";
import { exportCampaignCsv } from "@/features/campaigns/services/export-campaign-csv";
import { startReturnPathReceiver, type ReturnPathReceiver } from "@/features/campaigns/returned-mail/receiver";
import * as returnedMailRoute from "@/app/api/v1/returned-mail/route";
import { callApi, createApiKeyWithScopes } from "../../factories/api";
import { createContactWithConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";
import { startSmtpSink } from "../mail/smtp-sink";

const RETURN_PATH = "bounces@mail.example.com";

let db: Db;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let receiver: ReturnPathReceiver;
let before: string;
beforeAll(async () => {
  db = await getDb();
  sink = await startSmtpSink();
  receiver = await startReturnPathReceiver({ port: 0, host: "127.0.0.1", db });
  before = (await db.organisationSettings.findUniqueOrThrow({ where: { id: 1 } })).returnPathAddress;
  await db.organisationSettings.update({ where: { id: 1 }, data: { returnPathAddress: RETURN_PATH } });
});
afterAll(async () => {
  await db?.organisationSettings.update({ where: { id: 1 }, data: { returnPathAddress: before } });
  await receiver?.close();
  await sink?.close();
});

/** A campaign to one person with consent, sent through the sink; its recipient and the envelope. */
async function sentCampaign() {
  const purpose = await createPurpose(db);
  const marker = `Returned${Date.now()}${Math.random().toString(36).slice(2, 8)}`;
  const { contact } = await createContactWithConsent(db, purpose.key, { contact: { companyName: marker } });
  const { id } = await createCampaign(db, SYSTEM, {
    name: marker,
    purposeId: purpose.id,
    commercial: true,
    subject: `News ${marker}`,
    body: "Our news.",
    ratePerMinute: 6000,
    audience: { companyName: marker },
  });
  await queueCampaign(db, SYSTEM, id);
  await runCampaigns(db, createMailTransport(sink.url));
  const recipient = await db.campaignRecipient.findFirstOrThrow({ where: { campaignId: id } });
  const mail = sink.received.find((m) => m.headers.get("subject")?.includes(marker));
  if (!mail) throw new Error("the campaign mail did not arrive");
  return { id, marker, purpose, contact, recipient, envelopeFrom: mail.from, mail };
}

/** A fixture with the campaign's VERP address and Message-ID filled in. */
function report(name: string, c: { envelopeFrom: string; recipient: { messageId: string | null } }) {
  const token = c.envelopeFrom.split("@")[0].split("+")[1];
  return readFileSync(path.join("tests/fixtures/returned-mail", name), "utf8")
    .replaceAll("RETURNTOKEN", token)
    .replaceAll("<ORIGINALMESSAGEID>", c.recipient.messageId!);
}

/** Delivers a raw report to the receiver over SMTP, as a remote mail server would (MAIL FROM:<>). */
async function deliver(raw: string, to: string) {
  const client = nodemailer.createTransport({ host: "127.0.0.1", port: receiver.port, secure: false, ignoreTLS: true });
  try {
    return await client.sendMail({ envelope: { from: "", to: [to] }, raw });
  } finally {
    client.close();
  }
}

const auditCount = (action: string, targetId: string) => db.auditEvent.count({ where: { action, targetId } });

describe("the return path", () => {
  it("campaign mail goes out with the VERP envelope sender and an unchanged From header", async () => {
    const c = await sentCampaign();
    expect(c.envelopeFrom).toMatch(/^bounces\+[a-z2-7]{45}@mail\.example\.com$/);
    expect(c.mail.headers.get("from")).not.toContain("bounces");
    expect(c.mail.to).toEqual([c.recipient.toAddress]);
  });
});

describe("bounce reports", () => {
  it("a hard bounce marks the recipient bounced, flags the address and is counted once, even when it comes twice", async () => {
    const c = await sentCampaign();
    await deliver(report("postfix-hard-5.1.1.eml", c), c.envelopeFrom);

    const row = await db.campaignRecipient.findUniqueOrThrow({ where: { id: c.recipient.id } });
    // The mail did leave: it stays sent; the report counts it as bounced, not delivered.
    expect(row).toMatchObject({ status: "sent", bounce: "hard" });
    const address = await db.emailAddress.findUniqueOrThrow({ where: { id: row.contactPointId! } });
    expect(address.undeliverableAt).not.toBeNull();
    expect(address.undeliverableReason).toContain("5.1.1");
    expect(await getDeliveryFigures(db, c.id)).toMatchObject({ delivered: 0, bounced: 1, deferred: 0 });
    expect(await auditCount("campaign.recipient_bounced", c.id)).toBe(1);
    expect(await auditCount("email_address.marked_undeliverable", c.contact.id)).toBe(1);

    // The same report again, and a later delay report: nothing changes, nothing is downgraded.
    await deliver(report("postfix-hard-5.1.1.eml", c), c.envelopeFrom);
    await deliver(report("delayed-4.4.1.eml", c), c.envelopeFrom);
    expect(await db.campaignRecipient.findUniqueOrThrow({ where: { id: c.recipient.id } })).toMatchObject({
      bounce: "hard",
    });
    expect(await auditCount("campaign.recipient_bounced", c.id)).toBe(1);
    expect(await auditCount("email_address.marked_undeliverable", c.contact.id)).toBe(1);
  });

  it("a delay report sent to the bare return path is matched by the original Message-ID and counted as deferred", async () => {
    const c = await sentCampaign();
    await deliver(report("delayed-4.4.1.eml", c), RETURN_PATH);
    expect(await db.campaignRecipient.findUniqueOrThrow({ where: { id: c.recipient.id } })).toMatchObject({
      status: "sent",
      bounce: "soft",
    });
    expect(await getDeliveryFigures(db, c.id)).toMatchObject({ delivered: 0, deferred: 1, bounced: 0 });
    const address = await db.emailAddress.findUniqueOrThrow({ where: { id: c.recipient.contactPointId! } });
    expect(address.undeliverableAt).toBeNull();
  });

  it("an out-of-office reply changes nothing", async () => {
    const c = await sentCampaign();
    await deliver(report("out-of-office.eml", c), c.envelopeFrom);
    expect(await db.campaignRecipient.findUniqueOrThrow({ where: { id: c.recipient.id } })).toMatchObject({
      bounce: null,
      complainedAt: null,
    });
    expect(await getDeliveryFigures(db, c.id)).toMatchObject({ delivered: 1, bounced: 0, complained: 0 });
  });
});

describe("spam complaints", () => {
  it("withdraw consent for the purpose, so the rules refuse the next send, and count as complained, once", async () => {
    const c = await sentCampaign();
    await deliver(report("arf-abuse.eml", c), c.envelopeFrom);

    const row = await db.campaignRecipient.findUniqueOrThrow({ where: { id: c.recipient.id } });
    expect(row.complainedAt).not.toBeNull();
    const withdrawals = await db.consentRecord.findMany({
      where: { contactId: c.contact.id, purposeId: c.purpose.id, action: "withdrawn" },
    });
    expect(withdrawals).toHaveLength(1);
    expect(withdrawals[0]).toMatchObject({ method: "spam_complaint", recordedVia: "system" });
    expect(withdrawals[0].location).toContain("fbl.mailbox-provider.example");
    expect(await getDeliveryFigures(db, c.id)).toMatchObject({ delivered: 1, complained: 1, unsubscribed: 0 });
    expect(await auditCount("campaign.recipient_complained", c.id)).toBe(1);
    const csv = (await exportCampaignCsv(db, SYSTEM, c.id)).csv;
    expect(csv).toContain("complained_at");
    expect(csv).toContain(row.complainedAt!.toISOString());

    // The next campaign for the purpose: the rules refuse this person now.
    const again = await createCampaign(db, SYSTEM, {
      name: `${c.marker} again`,
      purposeId: c.purpose.id,
      commercial: true,
      subject: "Again",
      body: "Again",
      audience: { companyName: c.marker },
    });
    expect((await previewCampaign(db, again.id)).allowed).toBe(0);

    // The same complaint again changes nothing.
    await deliver(report("arf-abuse.eml", c), c.envelopeFrom);
    expect(
      await db.consentRecord.count({
        where: { contactId: c.contact.id, action: "withdrawn", method: "spam_complaint" },
      }),
    ).toBe(1);
    expect(await auditCount("campaign.recipient_complained", c.id)).toBe(1);
  });
});

describe("the receiver", () => {
  it("refuses any recipient outside the return path with 550: it never relays", async () => {
    for (const to of ["postmaster@mail.example.com", "bounces@example.org", "someone@example.net"]) {
      await expect(deliver("Subject: hi\r\n\r\nhello\r\n", to)).rejects.toMatchObject({ responseCode: 550 });
    }
  });

  it("refuses everything while no return path is set", async () => {
    await db.organisationSettings.update({ where: { id: 1 }, data: { returnPathAddress: "" } });
    try {
      await expect(deliver("Subject: hi\r\n\r\nhello\r\n", RETURN_PATH)).rejects.toMatchObject({ responseCode: 550 });
    } finally {
      await db.organisationSettings.update({ where: { id: 1 }, data: { returnPathAddress: RETURN_PATH } });
    }
  });
});

describe("the receiver's reads of the return path", () => {
  it("are one per mail, however many recipients the mail has", async () => {
    const c = await sentCampaign();
    let reads = 0;
    const settings = db.organisationSettings;
    const counted = {
      findUnique: (args: { where: { id: number }; select: { returnPathAddress: true } }) => {
        reads++;
        return settings.findUnique(args);
      },
    };
    const counting = new Proxy(db, {
      get(target, prop) {
        if (prop === "organisationSettings") return counted;
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const own = await startReturnPathReceiver({ port: 0, host: "127.0.0.1", db: counting });
    const client = nodemailer.createTransport({ host: "127.0.0.1", port: own.port, secure: false, ignoreTLS: true });
    try {
      const to = [RETURN_PATH, c.envelopeFrom, `bounces+${"a".repeat(45)}@mail.example.com`];
      const sent = await client.sendMail({ envelope: { from: "", to }, raw: report("postfix-hard-5.1.1.eml", c) });
      expect(sent.accepted).toHaveLength(3);
    } finally {
      client.close();
      await own.close();
    }
    expect(reads).toBe(1);
    expect(await db.campaignRecipient.findUniqueOrThrow({ where: { id: c.recipient.id } })).toMatchObject({
      bounce: "hard",
    });
  });
});

describe("POST /api/v1/returned-mail", () => {
  it("takes a raw report from a key with the campaigns:returned-mail scope, and refuses a key without it", async () => {
    const c = await sentCampaign();
    const raw = report("postfix-hard-5.1.1.eml", c);
    const without = await createApiKeyWithScopes(db, ["contacts:read"]);
    const refused = await callApi(returnedMailRoute.POST, {
      path: `/returned-mail?recipient=${encodeURIComponent(c.envelopeFrom)}`,
      token: without.token,
      rawBody: raw,
      contentType: "message/rfc822",
    });
    expect(refused.status).toBe(403);
    expect((await db.campaignRecipient.findUniqueOrThrow({ where: { id: c.recipient.id } })).bounce).toBeNull();

    const key = await createApiKeyWithScopes(db, ["campaigns:returned-mail"]);
    const call = () =>
      callApi(returnedMailRoute.POST, {
        path: `/returned-mail?recipient=${encodeURIComponent(c.envelopeFrom)}`,
        token: key.token,
        rawBody: raw,
        contentType: "message/rfc822",
      });
    const first = await call();
    expect(first).toMatchObject({ status: 200, body: { outcome: "recorded", kind: "hard_bounce" } });
    expect(await db.campaignRecipient.findUniqueOrThrow({ where: { id: c.recipient.id } })).toMatchObject({
      bounce: "hard",
    });
    // The key that handed it in is named in the audit trail.
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "campaign.recipient_bounced", targetId: c.id },
    });
    expect(event).toMatchObject({ actorType: "api_key" });
    expect((await call()).body).toEqual({ outcome: "unchanged", kind: "hard_bounce" });

    const json = await callApi(returnedMailRoute.POST, { path: "/returned-mail", token: key.token, body: {} });
    expect(json.status).toBe(400);
  });
});
