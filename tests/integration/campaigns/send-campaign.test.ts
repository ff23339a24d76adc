import { ruleSetInForce } from "@/domain/outreach";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { createMailTransport } from "@/server/mail/gate";
import { SYSTEM } from "@/server/audit/actor";
import { recordObjection } from "@/features/consents/services/record-objection";
import { createCampaign } from "@/features/campaigns/services/create-campaign";
import { previewCampaign } from "@/features/campaigns/services/preview-campaign";
import { queueCampaign } from "@/features/campaigns/services/queue-campaign";
import { runCampaigns } from "@/features/campaigns/services/run-campaigns";
import { sendTestCampaign } from "@/features/campaigns/services/send-test-campaign";
import { getCampaignReport } from "@/features/campaigns/services/get-campaign-report";
import { createStaffUser } from "../../factories/users";
import { createContact } from "../../factories/contacts";
import { createContactWithConsent, createContactWithWithdrawnConsent } from "../../factories/consents";
import {
  createContactWithObjection,
  createCustomerContact,
  createPurpose,
  createRestrictedContact,
} from "../../factories/outreach";
import { startSmtpSink } from "../mail/smtp-sink";

let db: Db;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const marker = `Mixed${Date.now()}`;
const spec = { companyName: `${marker} BV` };

beforeAll(async () => {
  db = await getDb();
  sink = await startSmtpSink();
});
afterAll(() => sink.close());

describe("sending a campaign to a mixed audience through real SMTP", () => {
  it("mails exactly the allowed recipients, with one-click unsubscribe, and stores every blocked attempt with its reason", async () => {
    const purpose = await createPurpose(db, { similarProductsOnly: true });
    const marketer = await createStaffUser(db, "marketer");
    const ctx = { actor: { type: "user" as const, id: marketer.id, role: "marketer" } };
    const allowed = [
      (await createContactWithConsent(db, purpose.key, { contact: spec })).contact,
      (await createContactWithConsent(db, purpose.key, { contact: spec })).contact,
      (await createCustomerContact(db, spec)).contact,
      await createContact(db, { ...spec, emails: [{ kind: "designated_commercial" }] }),
    ];
    const lateObjector = (await createContactWithConsent(db, purpose.key, { contact: spec })).contact;
    const denied = {
      withdrawn: (await createContactWithWithdrawnConsent(db, purpose.key, { contact: spec })).contact,
      objection_direct_marketing: (await createContactWithObjection(db, purpose.key, spec)).contact,
      restricted: (await createRestrictedContact(db, purpose.key, spec)).contact,
      no_consent: await createContact(db, { ...spec, emails: [{ kind: "generic" }] }),
      no_contact_point: await createContact(db, { ...spec, emails: [] }),
    };

    const subject = `Voorjaarsaanbieding ${marker}`;
    const { id } = await createCampaign(db, ctx, {
      name: "Voorjaar",
      purposeId: purpose.id,
      commercial: true,
      subject,
      body: "Beste klant,\n\nOns aanbod.",
      audience: { companyName: marker },
    });

    const preview = await previewCampaign(db, id);
    expect(preview).toMatchObject({ total: 10, allowed: 5, denied: 5 });
    expect(Object.fromEntries(preview.excluded.map((g) => [g.rule, g.count]))).toEqual({
      withdrawn: 1,
      objection_direct_marketing: 1,
      restricted: 1,
      no_consent: 1,
      no_contact_point: 1,
    });

    // A test to oneself: marked, to the marketer only, not a recipient.
    await sendTestCampaign(db, ctx, id, createMailTransport(sink.url));
    const test = sink.received.filter((m) => m.headers.get("subject")?.includes(subject));
    expect(test.map((m) => m.to)).toEqual([[marketer.email]]);
    expect(test[0].headers.get("subject")).toBe(`[TEST] ${subject}`);
    expect(await db.campaignRecipient.count({ where: { campaignId: id } })).toBe(0);

    // Between preview and send the person says "no more marketing": sending decides again.
    await recordObjection(db, SYSTEM, lateObjector.id, { scope: "direct_marketing", receivedVia: "phone" });

    await queueCampaign(db, ctx, id);
    expect(await runCampaigns(db, createMailTransport(sink.url))).toContain(id);

    const real = sink.received.filter((m) => m.headers.get("subject") === subject);
    const expected = allowed.map((c) => c.emails[0].address).sort();
    expect(real.flatMap((m) => m.to).sort()).toEqual(expected);
    for (const m of real) {
      expect(m.headers.get("list-unsubscribe")).toMatch(
        /^<http:\/\/localhost:3000\/u\/v1\.[\w-]+\.[\w-]+>, <mailto:[^>]+\?subject=unsubscribe>$/,
      );
      expect(m.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
      expect(m.raw).toContain("/u/v1.");
    }

    const rows = await db.campaignRecipient.findMany({ where: { campaignId: id } });
    expect(rows).toHaveLength(10);
    // Every stored decision names the law it applied.
    for (const r of rows) expect(r.ruleSetVersion).toBe(ruleSetInForce(r.decidedAt!).version);
    const byContact = new Map(rows.map((r) => [r.contactId, r]));
    for (const c of allowed)
      expect(byContact.get(c.id)).toMatchObject({ status: "sent", decision: "allow", toAddress: c.emails[0].address });
    for (const [rule, c] of Object.entries(denied)) {
      const row = byContact.get(c.id)!;
      expect(row).toMatchObject({ status: "blocked", decision: "deny", rule, sentAt: null });
      expect(row.citation).toMatch(/AVG|Tw/);
    }
    expect(byContact.get(lateObjector.id)).toMatchObject({ status: "blocked", rule: "objection_direct_marketing" });
    expect((byContact.get(denied.objection_direct_marketing.id)!.evidence as { type: string }[])[0].type).toBe(
      "objection",
    );

    const campaign = await db.campaign.findUniqueOrThrow({ where: { id } });
    expect(campaign).toMatchObject({ status: "sent", lockedUntil: null });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "campaign.sent", targetId: id } });
    expect(audit.metadata).toMatchObject({ sent: 4, blocked: 6, failed: 0, total: 10 });

    const report = await getCampaignReport(db, id, { status: "blocked", page: 1 });
    expect(report.matching).toBe(6);
    expect(report.rows.every((r) => r.status === "blocked" && r.rule && r.citation)).toBe(true);
    const byRule = await getCampaignReport(db, id, { rule: "withdrawn", page: 1 });
    expect(byRule.rows.map((r) => r.contactId)).toEqual([denied.withdrawn.id]);
  });

  it("refuses to send a campaign twice", async () => {
    const purpose = await createPurpose(db);
    const { id } = await createCampaign(db, SYSTEM, {
      name: "Eenmalig",
      purposeId: purpose.id,
      commercial: true,
      subject: "x",
      body: "y",
    });
    await queueCampaign(db, SYSTEM, id);
    await expect(queueCampaign(db, SYSTEM, id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses a purpose without e-mail", async () => {
    const purpose = await createPurpose(db, { channels: ["phone"] });
    await expect(
      createCampaign(db, SYSTEM, { name: "Bellen", purposeId: purpose.id, commercial: true, subject: "x", body: "y" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
