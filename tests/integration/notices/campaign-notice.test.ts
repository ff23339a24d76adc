import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { createMailTransport, REDACTED } from "@/server/mail/gate";
import { SYSTEM } from "@/server/audit/actor";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { queueCampaign } from "@/features/campaigns/services/queue-campaign";
import { runCampaigns } from "@/features/campaigns/services/run-campaigns";
import { createContact } from "../../factories/contacts";
import { grantConsent } from "../../factories/consents";
import { createContactOwedNotice, createPurpose } from "../../factories/outreach";
import { startSmtpSink } from "../mail/smtp-sink";
import { mailParts } from "../mail/mime";

let db: Db;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

beforeAll(async () => {
  db = await getDb();
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

const EN = "We did not get your business contact details";
const NL = "Wij hebben uw zakelijke contactgegevens";

async function sendCampaign(purposeId: string, marker: string, subject: string, url: string | null = sink.url) {
  const { id } = await createCampaign(db, SYSTEM, {
    name: subject,
    purposeId,
    commercial: true,
    subject,
    body: "Beste relatie,\n\nOns najaarsaanbod.",
    audience: { companyName: marker },
  });
  await queueCampaign(db, SYSTEM, id);
  expect(await runCampaigns(db, createMailTransport(url))).toContain(id);
  return id;
}

const mailTo = (address: string, subject: string) => {
  const mail = sink.received.find((m) => m.to.includes(address) && m.headers.get("subject") === subject);
  expect(mail, `a mail to ${address}`).toBeDefined();
  return mailParts(mail!.raw);
};

describe("the art. 14 notice with the first campaign mail (AVG art. 14 lid 3 sub b)", () => {
  it("goes above the first mail in the person's language, is recorded with the send, and not repeated", async () => {
    const marker = `Art14Mail${Date.now()}`;
    const purpose = await createPurpose(db);
    const spec = { companyName: `${marker} BV` };
    const english = await createContactOwedNotice(db, {
      ...spec,
      language: "en",
      sourceDetail: "Referred by Anna Smit",
    });
    const unknown = await createContactOwedNotice(db, { ...spec, sourceDetail: "Doorverwezen door Bram Bos" });
    const ownData = await createContact(db, spec); // met at an event: art. 13, no notice
    for (const c of [english, unknown, ownData]) await grantConsent(db, c.id, purpose.key);

    const first = await sendCampaign(purpose.id, marker, `Najaar ${marker}`);
    const a = mailTo(english.emails[0].address, `Najaar ${marker}`);
    expect(a.text).toContain(EN);
    expect(a.text).toContain("a referral (Referred by Anna Smit)");
    expect(a.text).not.toContain(NL);
    // The notice stands above the message, and the link to object is the person's own page.
    expect(a.text.indexOf(EN)).toBeLessThan(a.text.indexOf("Ons najaarsaanbod."));
    expect(a.text).toMatch(/To object or change your choices: https?:\/\/\S+\/p\/[\w.-]+/);
    expect(a.html).toContain(EN);
    expect(a.html).toContain("Referred by Anna Smit");
    const b = mailTo(unknown.emails[0].address, `Najaar ${marker}`);
    expect(b.text).toContain(NL);
    expect(b.text).toContain(EN);
    expect(b.text).toContain("een doorverwijzing (Doorverwezen door Bram Bos)");
    expect(b.html).toContain(NL);
    const c = mailTo(ownData.emails[0].address, `Najaar ${marker}`);
    expect(c.text).not.toContain(EN);
    expect(c.text).not.toContain(NL);

    // Recorded with the send: one notice each, naming the campaign; the stored text keeps no link
    // that could act for the person.
    const notices = await db.contactNotice.findMany({ where: { campaignId: first } });
    expect(notices.map((n) => n.contactId).sort()).toEqual([english.id, unknown.id].sort());
    for (const n of notices) {
      expect(n).toMatchObject({ kind: "art14", channel: "email", recordedVia: "campaign" });
      expect(n.text).toContain(`/p/${REDACTED}`);
    }
    const recipients = await db.campaignRecipient.findMany({ where: { campaignId: first } });
    const sentAt = new Map(recipients.map((r) => [r.contactId, r.sentAt]));
    for (const n of notices) expect(n.givenAt).toEqual(sentAt.get(n.contactId));
    // The stored decisions carried the obligation; the contact whose data came from them had none.
    const obligations = Object.fromEntries(recipients.map((r) => [r.contactId, r.obligations]));
    expect(obligations).toEqual({ [english.id]: ["art14_notice"], [unknown.id]: ["art14_notice"], [ownData.id]: [] });
    expect(
      await db.auditEvent.count({ where: { action: "notice.recorded", targetId: { in: [english.id, unknown.id] } } }),
    ).toBe(2);

    // The next campaign: the notice was given, so neither the decision nor the mail carries it.
    const second = await sendCampaign(purpose.id, marker, `Winter ${marker}`);
    for (const contact of [english, unknown]) {
      const mail = mailTo(contact.emails[0].address, `Winter ${marker}`);
      expect(mail.text).not.toContain(EN);
      expect(mail.text).not.toContain(NL);
      expect(mail.html).not.toContain(EN);
    }
    expect(await db.contactNotice.count({ where: { campaignId: second } })).toBe(0);
    const again = await db.campaignRecipient.findMany({ where: { campaignId: second } });
    expect(again.every((r) => r.status === "sent" && r.obligations.length === 0)).toBe(true);
  });

  it("uses the organisation's own text, and the in-app outbox keeps the copy without the personal link", async () => {
    const before = await db.organisationSettings.findUniqueOrThrow({
      where: { id: 1 },
      select: { organisationName: true, art14NoticeEn: true },
    });
    try {
      await db.organisationSettings.update({
        where: { id: 1 },
        data: {
          organisationName: "Voorbeeld Adviseurs BV",
          art14NoticeEn: "{organisation} got your name from {source}. Object here: {preferences}",
        },
      });
      const marker = `Art14Own${Date.now()}`;
      const purpose = await createPurpose(db);
      const contact = await createContactOwedNotice(db, {
        companyName: `${marker} BV`,
        language: "en",
        sourceDetail: "Referred by Kees",
      });
      await grantConsent(db, contact.id, purpose.key);
      const id = await sendCampaign(purpose.id, marker, `Own ${marker}`, null);
      const [kept] = await db.outboxMessage.findMany({ where: { contactId: contact.id } });
      expect(kept.text).toContain(
        `Voorbeeld Adviseurs BV got your name from a referral (Referred by Kees). Object here: `,
      );
      expect(kept.text).toContain(`/p/${REDACTED}`);
      const [notice] = await db.contactNotice.findMany({ where: { contactId: contact.id } });
      expect(notice).toMatchObject({ campaignId: id, channel: "email" });
      expect(notice.text).toMatch(
        /^Voorbeeld Adviseurs BV got your name from a referral \(Referred by Kees\)\. Object here: https?:\/\/\S+\/p\/\[redacted\]$/,
      );
    } finally {
      await db.organisationSettings.update({ where: { id: 1 }, data: before });
    }
  });
});
