/**
 * Designed campaigns end to end against a real database and a real SMTP server: the worker starts
 * a scheduled campaign when it is due (and a cancelled one never), the mail leaves in the
 * organisation's layout with its unsubscribe links and RFC 8058 headers, and a hard bounce (550)
 * flags the address so that the rules refuse it next time, while a soft one (451) is deferred.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { createMailTransport } from "@/server/mail/gate";
import { SYSTEM } from "@/server/audit/actor";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { queueCampaign } from "@/features/campaigns/services/queue-campaign";
import { runCampaigns } from "@/features/campaigns/services/run-campaigns";
import { cancelScheduledCampaign, scheduleCampaign } from "@/features/campaigns/services/schedule-campaign";
import { getDeliveryFigures } from "@/features/campaigns/services/get-delivery-figures";
import { exportCampaignCsv } from "@/features/campaigns/services/export-campaign-csv";
import { previewCampaign } from "@/features/campaigns/services/preview-campaign";
import { createContactWithConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";
import { mailParts } from "../mail/mime";
import { parseHeaders } from "../mail/smtp-sink";

type Received = { to: string; raw: string };

/** An SMTP server that refuses one address for good (550), another for now (451), takes the rest. */
async function bouncingSmtp(refuse: Map<string, 550 | 451>) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = refuse.get(address.address);
      if (!code) return callback();
      const text = code === 550 ? "5.1.1 Mailbox does not exist" : "4.7.1 Greylisted, try again later";
      callback(Object.assign(new Error(text), { responseCode: code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        for (const r of session.envelope.rcptTo)
          received.push({ to: r.address, raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let db: Db;
let smtp: Awaited<ReturnType<typeof bouncingSmtp>>;
const refuse = new Map<string, 550 | 451>();
beforeAll(async () => {
  db = await getDb();
  smtp = await bouncingSmtp(refuse);
});
afterAll(() => smtp?.close());

async function designedCampaign(opts: { people: { firstName: string; address?: string }[]; body?: string }) {
  const purpose = await createPurpose(db);
  const marker = `Designed${Date.now()}${Math.random().toString(36).slice(2, 8)}`;
  const contacts = [];
  for (const p of opts.people)
    contacts.push(
      (
        await createContactWithConsent(db, purpose.key, {
          contact: {
            companyName: marker,
            firstName: p.firstName,
            ...(p.address ? { emails: [{ kind: "personal" as const, address: p.address }] } : {}),
          },
        })
      ).contact,
    );
  const { id } = await createCampaign(db, SYSTEM, {
    name: marker,
    purposeId: purpose.id,
    commercial: true,
    subject: `Hello {{firstName|there}} ${marker}`,
    body: opts.body ?? "# Spring offer\n\nDear {{firstName|there}}, see [our shop](https://shop.example.nl).",
    format: "markdown",
    ratePerMinute: 6000,
    audience: { companyName: marker },
  });
  const addresses = await db.emailAddress.findMany({
    where: { contactId: { in: contacts.map((c) => c.id) } },
    select: { id: true, address: true, contactId: true },
  });
  return { id, marker, purpose, contacts, addresses };
}

const mailsFor = (marker: string) => smtp.received.filter((m) => parseHeaders(m.raw).get("subject")?.includes(marker));

describe("scheduling", () => {
  it("the worker starts a campaign once it is due, and decides its recipients then", async () => {
    const c = await designedCampaign({ people: [{ firstName: "Ada" }] });
    const now = new Date();
    await scheduleCampaign(db, SYSTEM, { campaignId: c.id, sendAt: new Date(now.getTime() + 60_000) }, now);
    const transport = createMailTransport(smtp.url);
    expect(await runCampaigns(db, transport)).not.toContain(c.id);
    expect(await db.campaign.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "scheduled" });
    expect(await db.campaignRecipient.count({ where: { campaignId: c.id } })).toBe(0);

    // The moment comes (by the database clock, which the worker reads).
    await db.$executeRaw`UPDATE "Campaign" SET "scheduledFor" = now() - interval '1 second' WHERE id = ${c.id}::uuid`;
    expect(await runCampaigns(db, transport)).toContain(c.id);
    expect(await db.campaign.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "sent" });
    expect(mailsFor(c.marker)).toHaveLength(1);
    const events = await db.auditEvent.findMany({ where: { targetId: c.id }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["campaign.scheduled", "campaign.sent"]));
  });

  it("a cancelled schedule never starts, and is a draft again", async () => {
    const c = await designedCampaign({ people: [{ firstName: "Bo" }] });
    const now = new Date();
    await scheduleCampaign(db, SYSTEM, { campaignId: c.id, sendAt: new Date(now.getTime() + 60_000) }, now);
    await cancelScheduledCampaign(db, SYSTEM, c.id);
    await db.$executeRaw`UPDATE "Campaign" SET "scheduledFor" = now() - interval '1 second' WHERE id = ${c.id}::uuid`;
    expect(await runCampaigns(db, createMailTransport(smtp.url))).not.toContain(c.id);
    expect(await db.campaign.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "draft" });
    expect(mailsFor(c.marker)).toHaveLength(0);
    const events = await db.auditEvent.findMany({ where: { targetId: c.id }, select: { action: true } });
    expect(events.map((e) => e.action)).toContain("campaign.schedule_cancelled");
    // Cancelling twice, or a campaign that was never scheduled, is refused.
    await expect(cancelScheduledCampaign(db, SYSTEM, c.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a moment in the past and anything but a draft", async () => {
    const c = await designedCampaign({ people: [{ firstName: "Cas" }] });
    const now = new Date();
    await expect(
      scheduleCampaign(db, SYSTEM, { campaignId: c.id, sendAt: new Date(now.getTime() - 1000) }, now),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await queueCampaign(db, SYSTEM, c.id);
    await expect(
      scheduleCampaign(db, SYSTEM, { campaignId: c.id, sendAt: new Date(now.getTime() + 60_000) }, now),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("a designed mail as it arrives", () => {
  it("is personalised, escaped, in the layout, with the unsubscribe links and RFC 8058 headers", async () => {
    const c = await designedCampaign({
      people: [{ firstName: "<b>Eve</b>", address: `eve.${Date.now()}@example.nl` }],
      body: "Dear {{firstName|there}},\n\n<img src=https://tracker.example/p.gif> <script>alert(1)</script>",
    });
    await queueCampaign(db, SYSTEM, c.id);
    await runCampaigns(db, createMailTransport(smtp.url));
    const [mail] = mailsFor(c.marker);
    expect(mail).toBeDefined();
    const headers = parseHeaders(mail.raw);
    expect(headers.get("list-unsubscribe")).toMatch(/^<https?:\/\/[^>]+\/u\/[^>]+>, <mailto:/);
    expect(headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const { html, text } = mailParts(mail.raw);
    expect(html).toContain("Dear &lt;b&gt;Eve&lt;/b&gt;");
    expect(html).not.toContain("<b>Eve</b>");
    expect(html).not.toMatch(/<img[^>]*tracker/);
    expect(html).not.toContain("<script>");
    expect(text).toContain("Dear <b>Eve</b>");
    const unsubscribe = headers.get("list-unsubscribe")!.slice(1).split(">")[0];
    expect(html).toContain(unsubscribe);
    expect(text).toContain(unsubscribe);
    expect(text).toMatch(/\/p\/[A-Za-z0-9._-]+/);
    expect(html).toContain("Afmelden / Unsubscribe");
  });
});

describe("bounces", () => {
  it("550 is a hard bounce that flags the address; 451 is deferred; the rules then refuse the flagged address", async () => {
    const c = await designedCampaign({ people: [{ firstName: "Hard" }, { firstName: "Soft" }, { firstName: "Fine" }] });
    const addressOf = (i: number) => c.addresses.find((a) => a.contactId === c.contacts[i].id)!;
    refuse.set(addressOf(0).address, 550);
    refuse.set(addressOf(1).address, 451);
    await queueCampaign(db, SYSTEM, c.id);
    await runCampaigns(db, createMailTransport(smtp.url));

    const rows = await db.campaignRecipient.findMany({ where: { campaignId: c.id } });
    const row = (i: number) => rows.find((r) => r.contactId === c.contacts[i].id)!;
    expect(row(0)).toMatchObject({ status: "failed", bounce: "hard" });
    expect(row(1)).toMatchObject({ status: "pending", bounce: "soft", messageId: null });
    expect(row(2)).toMatchObject({ status: "sent", bounce: null });
    expect(await getDeliveryFigures(db, c.id)).toMatchObject({
      delivered: 1,
      deferred: 1,
      bounced: 1,
      unsubscribed: 0,
    });

    // The hard-bounced address is flagged, not erased; the others are untouched.
    const hard = await db.emailAddress.findUniqueOrThrow({ where: { id: addressOf(0).id } });
    expect(hard.address).toBe(addressOf(0).address);
    expect(hard.undeliverableAt).not.toBeNull();
    expect(hard.undeliverableReason).toContain("550");
    expect((await db.emailAddress.findUniqueOrThrow({ where: { id: addressOf(1).id } })).undeliverableAt).toBeNull();
    const audit = await db.auditEvent.findFirst({
      where: { action: "email_address.marked_undeliverable", targetId: c.contacts[0].id },
    });
    expect(audit).not.toBeNull();

    // A new campaign to the same people: the rules refuse the flagged address with their reason.
    const again = await createCampaign(db, SYSTEM, {
      name: `${c.marker} again`,
      purposeId: c.purpose.id,
      commercial: true,
      subject: "Again",
      body: "Again",
      audience: { companyName: c.marker },
    });
    const summary = await previewCampaign(db, again.id);
    expect(summary.allowed).toBe(2);
    expect(summary.excluded).toEqual([{ rule: "address_undeliverable", citation: "AVG art. 5 lid 1 sub d", count: 1 }]);
  });

  it("the export holds every recipient's decision and is audited", async () => {
    const c = await designedCampaign({ people: [{ firstName: "Exp" }] });
    await queueCampaign(db, SYSTEM, c.id);
    await runCampaigns(db, createMailTransport(smtp.url));
    const file = await exportCampaignCsv(db, SYSTEM, c.id);
    const lines = file.csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain("campaign_id,campaign_name,purpose,commercial");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("sent");
    expect(lines[1]).toContain("consent");
    const audit = await db.auditEvent.findFirst({ where: { action: "campaign.exported", targetId: c.id } });
    expect(audit).not.toBeNull();
  });
});
