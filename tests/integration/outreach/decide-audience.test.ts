import { keySuppressionHash } from "@/server/suppression-key";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import type { Db } from "@/server/db";
import { decideForContact } from "@/features/outreach/services/decide-for-contact";
import { forEachAudienceBatch, summariseAudience } from "@/features/outreach/services/decide-audience";
import { getPurposeById } from "@/features/purposes/services/load-purpose";
import { loadContactDecisionInputs } from "@/features/outreach/services/load-contact-facts";
import { hashStoredIdentifier } from "@/features/outreach/services/suppression";
import { suppressionHash } from "@/domain/contact-points/suppression-hash";
import { daysAgo } from "../../factories/dates";
import { createContact } from "../../factories/contacts";
import { createContactWithConsent, createContactWithWithdrawnConsent, grantConsent } from "../../factories/consents";
import {
  createContactWithObjection,
  createCustomerContact,
  createPurpose,
  createRestrictedContact,
  createPurchasedListContactWithListConsent,
} from "../../factories/outreach";

let db: Db;
let purposeId: string;
let purposeKey: string;
let marker: string;

beforeAll(async () => {
  db = await getDb();
  const purpose = await createPurpose(db, { similarProductsOnly: true });
  purposeId = purpose.id;
  purposeKey = purpose.key;
  marker = `Varied${Date.now()}`;
  const spec = { companyName: `${marker} BV` };
  // A varied audience: every rule the e-mail and phone channels can reach, several times over.
  for (let i = 0; i < 3; i++) {
    await createContactWithConsent(db, purposeKey, { contact: spec, channels: ["email", "phone"] });
    await createContactWithWithdrawnConsent(db, purposeKey, { contact: spec });
    await createContactWithObjection(db, purposeKey, spec);
    await createRestrictedContact(db, purposeKey, spec);
    await createCustomerContact(db, { ...spec, phones: [{ kind: "mobile" }] });
    await createCustomerContact(
      db,
      { ...spec, legalForm: "eenmanszaak" },
      { until: daysAgo(400), optOutOfferedAtCollection: false },
    );
    await createContact(db, { ...spec, emails: [{ kind: "generic" }], phones: [{ kind: "general" }] });
    await createContact(db, { ...spec, emails: [{ kind: "designated_commercial" }] });
    await createContact(db, {
      ...spec,
      legalForm: "eenmanszaak",
      emails: [{ kind: "designated_commercial" }],
      phones: [{ kind: "direct" }],
    });
    await createContact(db, { ...spec, sourceType: "purchased_list", postal: true });
    await createPurchasedListContactWithListConsent(db, purposeId, spec);
    await createContact(db, { ...spec, emails: [], postal: true });
  }
});

describe("loadContactDecisionInputs", () => {
  it("maps the rows of one contact to the engine's facts", async () => {
    const { contact, consent } = await createContactWithConsent(db, purposeKey, {
      contact: { legalForm: "vof", phones: [{ kind: "direct" }], postal: true },
      channels: ["email", "phone"],
    });
    const { facts } = await loadContactDecisionInputs(db, contact.id);
    expect(facts.legalForm).toBe("vof");
    expect(facts.emails).toEqual([{ id: contact.emails[0].id, kind: "personal", designation: null }]);
    expect(facts.phones).toEqual([{ id: contact.phones[0].id, kind: "direct" }]);
    expect(facts.postalAddresses).toEqual([{ id: contact.postalAddresses[0].id }]);
    expect(facts.consentEvents).toHaveLength(1);
    expect(facts.consentEvents[0]).toMatchObject({
      id: consent.id,
      action: "granted",
      channels: ["email", "phone"],
      importedFromList: false,
    });
    expect(facts.consentEvents[0].effectiveAt).toBeInstanceOf(Date);
    expect(facts.suppressed).toBe(false);
  });

  it("treats a contact without a company as a private person", async () => {
    const contact = await createContact(db, { legalForm: null });
    expect((await loadContactDecisionInputs(db, contact.id)).facts.legalForm).toBe("none");
  });

  it("finds a re-added identifier on the suppression list until a fresh basis is recorded", async () => {
    const settings = await db.organisationSettings.findUniqueOrThrow({ where: { id: 1 } });
    const contact = await createContact(db);
    const address = contact.emails[0].normalised;
    expect(hashStoredIdentifier(address, settings.suppressionSalt)).toBe(
      keySuppressionHash(suppressionHash(address, settings.suppressionSalt)),
    );
    const entry = await db.suppressionEntry.create({
      data: { hash: keySuppressionHash(suppressionHash(address, settings.suppressionSalt)), kind: "email" },
    });
    const { facts } = await loadContactDecisionInputs(db, contact.id);
    expect(facts).toMatchObject({ suppressed: true, suppressionId: entry.id });
    await grantConsent(db, contact.id, purposeKey, ["email"], new Date());
    expect(
      (await loadContactDecisionInputs(db, contact.id, { at: new Date(Date.now() + 1000) })).facts.suppressed,
    ).toBe(false);
  });
});

describe("decideForContact", () => {
  it("allows with a permit on consent and denies without one", async () => {
    const purpose = await getPurposeById(db, purposeId);
    const { contact, consent } = await createContactWithConsent(db, purposeKey);
    const ok = await decideForContact(db, {
      contactId: contact.id,
      purposeKey: purpose.key,
      channel: "email",
      commercial: true,
    });
    expect(ok.decision).toMatchObject({
      decision: "allow",
      rule: "consent",
      evidence: [{ type: "consent", id: consent.id }],
    });
    expect(ok.permit).not.toBeNull();
    const plain = await createContact(db);
    const no = await decideForContact(db, {
      contactId: plain.id,
      purposeKey: purpose.key,
      channel: "email",
      commercial: true,
    });
    expect(no.decision).toMatchObject({ decision: "deny", rule: "no_consent" });
    expect(no.permit).toBeNull();
  });

  it("travels in time: just before the withdrawal took effect, and as recorded just before it was entered, it allowed", async () => {
    const purpose = await getPurposeById(db, purposeId);
    const { contact, withdrawal } = await createContactWithWithdrawnConsent(db, purposeKey);
    const now = await decideForContact(db, {
      contactId: contact.id,
      purposeKey: purpose.key,
      channel: "email",
      commercial: true,
    });
    expect(now.decision).toMatchObject({ rule: "withdrawn", evidence: [{ type: "withdrawal", id: withdrawal.id }] });
    const before = await decideForContact(db, {
      contactId: contact.id,
      purposeKey: purpose.key,
      channel: "email",
      commercial: true,
      at: new Date(withdrawal.effectiveAt.getTime() - 1),
    });
    expect(before.decision.rule).toBe("consent");
    const justBeforeEntered = new Date(withdrawal.recordedAt.getTime() - 1);
    const asRecorded = await decideForContact(db, {
      contactId: contact.id,
      purposeKey: purpose.key,
      channel: "email",
      commercial: true,
      at: justBeforeEntered,
      knownAt: justBeforeEntered,
    });
    expect(asRecorded.decision.rule).toBe("consent");
  });

  it("resolves a typed address to the contact point and refuses an unknown one", async () => {
    const purpose = await getPurposeById(db, purposeId);
    const contact = await createContact(db, { emails: [{ kind: "generic" }, { kind: "designated_commercial" }] });
    const res = await decideForContact(db, {
      contactId: contact.id,
      purposeKey: purpose.key,
      channel: "email",
      commercial: true,
      address: contact.emails[0].address.toUpperCase(),
    });
    expect(res.decision).toMatchObject({ decision: "deny", contactPointId: contact.emails[0].id });
    await expect(
      decideForContact(db, {
        contactId: contact.id,
        purposeKey: purpose.key,
        channel: "email",
        commercial: true,
        address: "nobody@example.org",
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("audience decider", () => {
  it("decides exactly what decideForContact decides, contact by contact", async () => {
    const purpose = await getPurposeById(db, purposeId);
    const at = new Date();
    for (const channel of ["email", "phone", "post"] as const) {
      const batched: Record<string, unknown> = {};
      // A small batch size so that keyset paging across pages is exercised.
      await forEachAudienceBatch(
        db,
        { purpose, channel, commercial: true, filter: { companyName: marker }, at, batchSize: 7 },
        (ds) => {
          for (const d of ds) batched[d.contactId] = d.decision;
        },
      );
      expect(Object.keys(batched)).toHaveLength(36);
      for (const [contactId, decision] of Object.entries(batched)) {
        const single = await decideForContact(db, {
          contactId,
          purposeKey: purpose.key,
          channel,
          commercial: true,
          at,
        });
        expect(decision, `${channel} ${contactId}`).toEqual(single.decision);
      }
      const rules = new Set(Object.values(batched).map((d) => (d as { rule: string }).rule));
      expect(rules.size).toBeGreaterThan(3);
    }
  });

  it("summarises who is in and groups the excluded by rule", async () => {
    const purpose = await getPurposeById(db, purposeId);
    const summary = await summariseAudience(db, {
      purpose,
      channel: "email",
      commercial: true,
      filter: { companyName: marker },
    });
    expect(summary.total).toBe(36);
    expect(summary.allowed + summary.denied).toBe(36);
    const excluded = Object.fromEntries(summary.excluded.map((g) => [g.rule, g.count]));
    expect(excluded).toMatchObject({
      withdrawn: 3,
      objection_direct_marketing: 3,
      restricted: 3,
      no_contact_point: 3,
      purchased_list: 3,
    });
    const included = Object.fromEntries(summary.included.map((g) => [g.rule, g.count]));
    expect(included).toMatchObject({ consent: 3, customer_exception: 3, designated_address: 3 });
  });

  it("applies the filters", async () => {
    const purpose = await getPurposeById(db, purposeId);
    const count = async (filter: object) =>
      (
        await summariseAudience(db, {
          purpose,
          channel: "email",
          commercial: true,
          filter: { companyName: marker, ...filter },
        })
      ).total;
    expect(await count({ sourceTypes: ["purchased_list"] })).toBe(6);
    expect(await count({ legalForms: ["eenmanszaak"] })).toBe(6);
    expect(await count({ hasConsentForPurpose: true })).toBe(15);
    expect(await count({ createdAfter: new Date(Date.now() + 60_000) })).toBe(0);
  });
});

describe("getEligibility", () => {
  it("decides every channel of every active purpose, the phone per number", async () => {
    const { getEligibility } = await import("@/features/outreach/services/get-eligibility");
    const contact = await createContact(db, {
      legalForm: "bv",
      phones: [{ kind: "general" }, { kind: "mobile" }],
      postal: true,
    });
    const rows = (await getEligibility(db, contact.id)).find((p) => p.key === purposeKey)!.rows;
    const phone = rows.filter((r) => r.channel === "phone");
    const byNumber = Object.fromEntries(phone.map((r) => [r.point, r.decision.rule]));
    expect(byNumber).toEqual({
      [contact.phones.find((p) => p.kind === "general")!.e164]: "switchboard_role",
      [contact.phones.find((p) => p.kind === "mobile")!.e164]: "no_basis_direct_line",
    });
    expect(rows.find((r) => r.channel === "post")?.decision.rule).toBe("postal_legitimate_interest");
    expect(rows.find((r) => r.channel === "email")?.decision.rule).toBe("no_consent");
  });
});
