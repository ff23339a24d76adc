/**
 * Two questions about a past moment: "was it lawful then?" (every record in effect then, as known
 * now) and "what did the send gate see?" (only what had been recorded by then). Stored decisions
 * replay exactly under the second; late-logged facts change only the first.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { recordObjection } from "@/features/consents/services/record-objection";
import { createMailing } from "@/features/mailings/services/create-mailing";
import { addCustomerRelationship } from "@/features/consents/services/add-customer-relationship";
import { decideForContact } from "@/features/outreach/services/decide-for-contact";
import { decideEligibility, decideEligibilityBatch } from "@/features/outreach/api/adapter";
import { ZApiEligibility, ZApiEligibilityBatch } from "@/features/outreach/api/schemas";
import { daysAgo } from "../../factories/dates";
import { createContact } from "../../factories/contacts";
import { grantConsent } from "../../factories/consents";
import { createPurpose } from "../../factories/outreach";

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

describe("at versus knownAt", () => {
  it("each stored recipient decision replays the same with knownAt = its decision time, even after late records", async () => {
    const purpose = await createPurpose(db, { channels: ["post", "email"] });
    const marker = `Replay${Date.now()}`;
    const spec = { companyName: `${marker} BV`, postal: true };
    const plain = await createContact(db, spec);
    const objector = await createContact(db, spec);
    await recordObjection(db, SYSTEM, objector.id, { scope: "direct_marketing", receivedVia: "letter" });
    const noAddress = await createContact(db, { companyName: `${marker} BV` });

    const mailing = await createMailing(db, SYSTEM, {
      name: "Replay",
      purposeId: purpose.id,
      audience: { companyName: marker },
    });
    const rows = await db.campaignRecipient.findMany({ where: { campaignId: mailing.id } });
    expect(rows).toHaveLength(3);

    // A letter objecting a day before the mailing, logged only now: late, but true.
    const decidedAt = rows[0].decidedAt!;
    await recordObjection(db, SYSTEM, plain.id, {
      scope: "direct_marketing",
      receivedVia: "letter",
      receivedAt: new Date(decidedAt.getTime() - 86_400_000),
    });

    for (const row of rows) {
      const replay = await decideForContact(db, {
        contactId: row.contactId,
        purposeKey: purpose.key,
        channel: "post",
        commercial: true,
        at: row.decidedAt!,
        knownAt: row.decidedAt!,
      });
      expect({
        decision: replay.decision.decision,
        rule: replay.decision.rule,
        citation: replay.decision.citation,
        ruleSetVersion: replay.decision.ruleSetVersion,
        evidence: replay.decision.evidence,
        contactPointId: replay.decision.contactPointId ?? null,
      }).toEqual({
        decision: row.decision,
        rule: row.rule,
        citation: row.citation,
        ruleSetVersion: row.ruleSetVersion,
        evidence: row.evidence,
        contactPointId: row.contactPointId,
      });
    }
    expect(rows.find((r) => r.contactId === plain.id)?.rule).toBe("postal_legitimate_interest");
    expect(rows.find((r) => r.contactId === noAddress.id)?.rule).toBe("no_contact_point");

    // "Was the mailing lawful?", as we know it now: the late-logged objection was already in force.
    const asKnown = await decideForContact(db, {
      contactId: plain.id,
      purposeKey: purpose.key,
      channel: "post",
      commercial: true,
      at: decidedAt,
    });
    expect(asKnown.decision.rule).toBe("objection_direct_marketing");
    expect(asKnown.knownAt).toBeNull();
  });

  it("API: a consent logged late counts for a past moment as known now, not as recorded then", async () => {
    const purpose = await createPurpose(db, { channels: ["email"] });
    const contact = await createContact(db);
    const given = daysAgo(20);
    await grantConsent(db, contact.id, purpose.key, ["email"], given);
    const at = daysAgo(10);
    const body = (over: Record<string, unknown>) =>
      ZApiEligibility.parse({ contactId: contact.id, purpose: purpose.key, channel: "email", at, ...over });

    const asKnown = await decideEligibility(db, body({}));
    expect(asKnown).toMatchObject({ decision: "allow", rule: "consent", knownAt: null });
    const asRecorded = await decideEligibility(db, body({ asRecorded: true }));
    expect(asRecorded).toMatchObject({ decision: "deny", rule: "no_consent", knownAt: at.toISOString() });
    const knownLater = await decideEligibility(db, body({ knownAt: new Date() }));
    expect(knownLater.rule).toBe("consent");

    const batch = await decideEligibilityBatch(
      db,
      ZApiEligibilityBatch.parse({
        purpose: purpose.key,
        channel: "email",
        contactIds: [contact.id],
        at,
        asRecorded: true,
      }),
    );
    expect(batch).toMatchObject({ results: [{ rule: "no_consent" }], knownAt: at.toISOString() });

    // Existing callers that send neither field get the same answers as before.
    const plain = await decideEligibility(
      db,
      ZApiEligibility.parse({ contactId: contact.id, purpose: purpose.key, channel: "email" }),
    );
    expect(plain).toMatchObject({ decision: "allow", knownAt: null });
    // asRecorded with another knownAt is a contradiction, refused naming the field.
    const conflict = ZApiEligibility.safeParse({
      contactId: contact.id,
      purpose: purpose.key,
      channel: "email",
      at,
      knownAt: new Date(),
      asRecorded: true,
    });
    expect(conflict.success).toBe(false);
    expect(conflict.error?.issues[0].path).toEqual(["asRecorded"]);
  });
});

describe("an unpaid relationship is no sale", () => {
  it("a free trial recorded through the service grants no customer exception; a paid one does", async () => {
    const purpose = await createPurpose(db, { channels: ["email"], similarProductsOnly: true });
    const trial = await createContact(db, { emails: [{ kind: "generic" }] });
    const buyer = await createContact(db, { emails: [{ kind: "generic" }] });
    const rel = { since: daysAgo(60), products: ["Proefperiode"], optOutOfferedAtCollection: true };
    await addCustomerRelationship(db, SYSTEM, trial.id, { ...rel, paid: false });
    await addCustomerRelationship(db, SYSTEM, buyer.id, rel);
    const ask = (contactId: string) =>
      decideForContact(db, { contactId, purposeKey: purpose.key, channel: "email", commercial: true });
    expect((await ask(trial.id)).decision.rule).toBe("no_consent");
    expect((await ask(buyer.id)).decision.rule).toBe("customer_exception");
  });
});
