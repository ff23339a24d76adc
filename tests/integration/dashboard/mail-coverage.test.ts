/**
 * The dashboard's mail coverage is the rules engine's answer, counted from the decision store:
 * for contacts with facts of every kind the old hand-written classification got wrong (a consent
 * past its lifetime, an unpaid customer, a consent corrected as invalid, a grant dated in the
 * future) and the plain ones (consent, withdrawn, designated address, nothing), the counts per
 * rule equal what the engine decides for every contact in the database, and what the contact
 * page (getEligibility) says for each of these. A contact the store has not reached yet is counted
 * as not decided, never dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { getMailCoverage } from "@/features/dashboard/services/get-chart-data";
import { forEachAudienceBatch, getEligibility } from "@/features/outreach";
import { storeDecisions } from "@/features/outreach/services/store-decisions";
import { findAllPurposes } from "@/features/purposes";
import { addCustomerRelationship } from "@/features/consents/services/add-customer-relationship";
import { correctConsent } from "@/features/consents/services/correct-consent";
import { createContact } from "../../factories/contacts";
import {
  createContactWithConsent,
  createContactWithWithdrawnConsent,
  doubleOptInConsent,
} from "../../factories/consents";
import { createCustomerContact, createPurpose } from "../../factories/outreach";
import { daysAgo } from "../../factories/dates";

let db: Db;
let lifetimeBefore: number | null;

beforeAll(async () => {
  db = await getDb();
  // A consent lifetime, so that an old consent has run out; put back afterwards.
  const settings = await db.organisationSettings.findUniqueOrThrow({ where: { id: 1 } });
  lifetimeBefore = settings.consentLifetimeDays;
  await db.organisationSettings.update({ where: { id: 1 }, data: { consentLifetimeDays: 365 } });
});

afterAll(async () => {
  await db.organisationSettings.update({ where: { id: 1 }, data: { consentLifetimeDays: lifetimeBefore } });
});

/** The engine's decision for commercial e-mail for every contact in the database, from its facts. */
async function engineDecisions(purposeId: string, at: Date) {
  const purpose = (await findAllPurposes(db)).find((p) => p.id === purposeId)!;
  const decided = new Map<string, { rule: string; allow: boolean }>();
  await forEachAudienceBatch(db, { purpose, channel: "email", commercial: true, filter: {}, at }, (batch) => {
    for (const { contactId, decision } of batch)
      decided.set(contactId, { rule: decision.rule, allow: decision.decision === "allow" });
  });
  return decided;
}

const group = (d: { rule: string; allow: boolean }) => `${d.allow ? "allow" : "deny"}:${d.rule}`;

function grouped(decisions: Iterable<{ rule: string; allow: boolean }>) {
  const counts: Record<string, number> = {};
  for (const d of decisions) counts[group(d)] = (counts[group(d)] ?? 0) + 1;
  return counts;
}

describe("mail coverage on the dashboard", () => {
  it("counts every contact under the rule the engine decides by, and the ones not decided yet apart", async () => {
    const plain = await createPurpose(db, { channels: ["email"] });
    const similar = await createPurpose(db, { channels: ["email"], similarProductsOnly: true });
    // Not direct marketing: here a commercial mail and a service message get different answers.
    const service = await createPurpose(db, { channels: ["email"], directMarketing: false });
    const retired = await createPurpose(db, { channels: ["email"] });
    await db.purpose.update({ where: { id: retired.id }, data: { active: false } });

    const consent = (await createContactWithConsent(db, plain.key)).contact;
    const withdrawn = (await createContactWithWithdrawnConsent(db, plain.key)).contact;
    const expired = (
      await createContactWithConsent(db, plain.key, {
        consent: doubleOptInConsent(plain.key, ["email"], daysAgo(400)),
      })
    ).contact;
    const invalid = await createContactWithConsent(db, plain.key);
    await correctConsent(db, SYSTEM, invalid.contact.id, {
      correctsId: invalid.consent.id,
      reason: "Vakje was vooraf aangevinkt",
      invalidate: true,
    });
    const future = await createContact(db);
    // A grant dated tomorrow (as an import could write it) is no consent today.
    await db.consentRecord.create({
      data: {
        contactId: future.id,
        purposeId: plain.id,
        channels: ["email"],
        action: "granted",
        method: "web_form",
        effectiveAt: new Date(Date.now() + 86_400_000),
      },
    });
    const customer = (await createCustomerContact(db)).contact;
    const unpaid = await createContact(db, { sourceType: "customer" });
    await addCustomerRelationship(db, SYSTEM, unpaid.id, {
      since: daysAgo(100),
      products: ["webinar"],
      optOutOfferedAtCollection: true,
      paid: false,
    });
    const designated = await createContact(db, { emails: [{ kind: "designated_commercial" }] });
    const nothing = await createContact(db);

    expect((await storeDecisions(db)).done).toBe(true);
    const late = await createContact(db);
    const at = new Date();
    const coverage = await getMailCoverage(db, at);

    expect(coverage.find((p) => p.id === retired.id)).toBeUndefined();
    const total = await db.contact.count();
    for (const purpose of [plain, similar, service]) {
      const row = coverage.find((p) => p.id === purpose.id)!;
      const engine = await engineDecisions(purpose.id, at);
      expect(engine.size).toBe(total);
      // The late contact has no stored answer yet: it is the one not decided, whatever the engine says.
      expect(row.undecided).toBe(1);
      engine.delete(late.id);
      expect(Object.fromEntries(row.rules.map((r) => [group(r), r.count]))).toEqual(grouped(engine.values()));
      expect(row.rules.reduce((n, r) => n + r.count, 0) + row.undecided).toBe(total);

      // What the contact page says for each of these contacts is what the figure counted them under.
      const named = {
        consent,
        withdrawn,
        expired,
        invalid: invalid.contact,
        future,
        customer,
        unpaid,
        designated,
        nothing,
      };
      for (const [what, contact] of Object.entries(named)) {
        const page = (await getEligibility(db, contact.id, at)).find((p) => p.key === purpose.key)!;
        const email = page.rows.find((r) => r.channel === "email")!;
        expect(
          { rule: email.decision.rule, allow: email.decision.decision === "allow" },
          `${purpose.key}: ${what}`,
        ).toEqual(engine.get(contact.id));
      }
    }

    // The cases the old classification counted as consent or customer, and the engine does not.
    const onPlain = await engineDecisions(plain.id, at);
    const onSimilar = await engineDecisions(similar.id, at);
    expect(onPlain.get(consent.id)!.allow).toBe(true);
    for (const refused of [withdrawn, expired, invalid.contact, future, nothing])
      expect(onPlain.get(refused.id)!.allow).toBe(false);
    expect(onSimilar.get(customer.id)!.allow).toBe(true);
    expect(onSimilar.get(unpaid.id)!.allow).toBe(false);
  });
});
