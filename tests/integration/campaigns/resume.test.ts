import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb, type Db } from "@/server/db";
import { createMailTransport } from "@/server/mail/gate";
import { SYSTEM } from "@/server/audit/actor";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { queueCampaign } from "@/features/campaigns/services/queue-campaign";
import { runCampaigns } from "@/features/campaigns/services/run-campaigns";
import { createContact } from "../../factories/contacts";
import { createContactWithConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";
import { startSmtpSink } from "../mail/smtp-sink";

let db: Db;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  db = await getDb();
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

/** A queued campaign to `n` consenting contacts plus two without consent; returns what to expect. */
async function queuedCampaign(n: number) {
  const marker = `Resume${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
  const purpose = await createPurpose(db);
  const allowed = [];
  for (let i = 0; i < n; i++)
    allowed.push((await createContactWithConsent(db, purpose.key, { contact: { companyName: marker } })).contact);
  for (let i = 0; i < 2; i++) await createContact(db, { companyName: marker });
  const subject = `Subject ${marker}`;
  const { id } = await createCampaign(db, SYSTEM, {
    name: marker,
    purposeId: purpose.id,
    commercial: true,
    subject,
    body: "Body",
    audience: { companyName: marker },
  });
  await queueCampaign(db, SYSTEM, id);
  return { id, subject, addresses: allowed.map((c) => c.emails[0].address).sort(), allowed };
}

const receivedFor = (subject: string) =>
  sink.received.filter((m) => m.headers.get("subject") === subject).flatMap((m) => m.to);
const expireLease = (id: string) =>
  db.$executeRaw`UPDATE "Campaign" SET "lockedUntil" = now() - interval '1 second' WHERE id = ${id}::uuid`;

describe("resuming a campaign after a crash", () => {
  it("continues after a crash half-way and sends nobody twice", async () => {
    const c = await queuedCampaign(8);
    const smtp = createMailTransport(sink.url);
    let sent = 0;
    const crashAfterThree = {
      afterSend: () => {
        if (++sent === 3) throw new Error("simulated crash");
      },
    };
    await expect(runCampaigns(db, smtp, crashAfterThree)).rejects.toThrow("simulated crash");
    expect(receivedFor(c.subject)).toHaveLength(3);
    expect(await db.campaign.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "sending" });

    // Another instance may not take over while the lease runs...
    expect(await runCampaigns(db, smtp)).not.toContain(c.id);
    // ...but does once it has expired.
    await expireLease(c.id);
    expect(await runCampaigns(db, smtp)).toContain(c.id);
    const got = receivedFor(c.subject);
    expect(got.sort()).toEqual(c.addresses);
    expect(new Set(got).size).toBe(got.length);
    expect(await db.campaignRecipient.count({ where: { campaignId: c.id, status: "sent" } })).toBe(8);
  });

  it("does not resend recipients already marked sent", async () => {
    const c = await queuedCampaign(5);
    const smtp = createMailTransport(sink.url);
    // A previous instance decided everyone and sent two, then died.
    await db.$executeRaw`UPDATE "Campaign" SET status = 'sending', "lockedUntil" = now() - interval '1 second' WHERE id = ${c.id}::uuid`;
    const done = c.allowed.slice(0, 2);
    for (const contact of done) {
      await db.campaignRecipient.create({
        data: {
          campaignId: c.id,
          contactId: contact.id,
          status: "sent",
          decision: "allow",
          rule: "consent",
          sentAt: new Date(),
          toAddress: contact.emails[0].address,
        },
      });
    }
    expect(await runCampaigns(db, smtp)).toContain(c.id);
    expect(receivedFor(c.subject).sort()).toEqual(
      c.addresses.filter((a) => !done.some((d) => d.emails[0].address === a)).sort(),
    );
    expect(await db.campaignRecipient.count({ where: { campaignId: c.id, status: "sent" } })).toBe(5);
  });

  it("marks a delivery interrupted mid-SMTP as failed instead of risking a duplicate", async () => {
    const c = await queuedCampaign(2);
    await db.$executeRaw`UPDATE "Campaign" SET status = 'sending', "lockedUntil" = now() - interval '1 second' WHERE id = ${c.id}::uuid`;
    const [first] = c.allowed;
    await db.campaignRecipient.create({
      data: {
        campaignId: c.id,
        contactId: first.id,
        status: "pending",
        decision: "allow",
        rule: "consent",
        messageId: "<x@localhost>",
      },
    });
    expect(await runCampaigns(db, createMailTransport(sink.url))).toContain(c.id);
    expect(receivedFor(c.subject)).toEqual([c.allowed[1].emails[0].address]);
    expect(
      await db.campaignRecipient.findFirstOrThrow({ where: { campaignId: c.id, contactId: first.id } }),
    ).toMatchObject({ status: "failed" });
  });

  it("with the in-app outbox, a crash between claim and commit is resent exactly once", async () => {
    const c = await queuedCampaign(3);
    const outbox = createMailTransport(null);
    let sent = 0;
    await expect(
      runCampaigns(db, outbox, {
        afterSend: () => {
          if (++sent === 1) throw new Error("crash");
        },
      }),
    ).rejects.toThrow("crash");
    // Simulate a claim whose transaction never committed.
    const pending = await db.campaignRecipient.findFirstOrThrow({ where: { campaignId: c.id, status: "pending" } });
    await db.campaignRecipient.update({ where: { id: pending.id }, data: { messageId: "<claimed@localhost>" } });
    await expireLease(c.id);
    expect(await runCampaigns(db, outbox)).toContain(c.id);
    const messages = await db.outboxMessage.findMany({ where: { subject: c.subject } });
    expect(messages.map((m) => m.toAddress).sort()).toEqual(c.addresses);
  });

  it("two instances working at once send everybody exactly once", async () => {
    const c = await queuedCampaign(6);
    const smtp = createMailTransport(sink.url);
    await Promise.all([runCampaigns(db, smtp), runCampaigns(db, smtp)]);
    const got = receivedFor(c.subject);
    expect(got.sort()).toEqual(c.addresses);
  });

  it("a worker that loses its lease mid-send while a second one takes over: nobody gets a message twice", async () => {
    const c = await queuedCampaign(12);
    const smtp = createMailTransport(sink.url);
    const sentBy = { a: 0, b: 0 };
    const until = (condition: () => boolean) =>
      vi.waitFor(() => expect(condition()).toBe(true), { timeout: 30_000, interval: 5 });
    let second: Promise<string[]> | undefined;

    // Worker A sends three, then its lease runs out (a long GC pause, a slow SMTP server) and worker
    // B claims the campaign. A does not know yet (it checks its lease every few seconds and at the
    // end of each chunk), so from here on both work on the same campaign at the same time.
    const first = runCampaigns(db, smtp, {
      afterSend: async () => {
        if (++sentBy.a !== 3) return;
        await expireLease(c.id);
        second = runCampaigns(db, smtp, {
          afterSend: async () => {
            // After B's first message, let A send one more before B goes on: a real interleaving.
            if (++sentBy.b === 1) await until(() => sentBy.a >= 4);
          },
        });
        await until(() => sentBy.b >= 1);
      },
    });
    const finishedByA = await first;
    const finishedByB = await second!;

    // A noticed the loss and left the campaign to B, which finished it.
    expect(finishedByA).not.toContain(c.id);
    expect(finishedByB).toContain(c.id);
    expect(sentBy.a).toBeGreaterThanOrEqual(4);
    expect(sentBy.b).toBeGreaterThanOrEqual(1);
    const got = receivedFor(c.subject);
    expect(got.sort()).toEqual(c.addresses);
    expect(new Set(got).size).toBe(got.length);
    expect(await db.campaignRecipient.count({ where: { campaignId: c.id, status: "sent" } })).toBe(12);
    expect(await db.campaign.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({ status: "sent" });
  });
});
