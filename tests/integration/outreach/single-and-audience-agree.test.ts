/**
 * One person, one answer: the audience decider (campaigns, call lists, mailings, the batch API)
 * must decide every contact exactly as the single decision does (the contact page, the API, the
 * mail gate). Audiences take another road through the code: pages larger than the one-trip
 * loader's limit go through the per-table loader, and the suppression list is read once instead of
 * per contact. So the audience here spans several pages of that size, every kind of fact row is
 * present (consent, withdrawal, legal bases, customer relationships, objections, restrictions,
 * channel opt-outs, designated addresses, suppression entries), and every channel is compared.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, type Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { CHANNELS } from "@/domain/vocabulary";
import { forEachAudienceBatch, AUDIENCE_BATCH_SIZE } from "@/features/outreach/services/decide-audience";
import { decideForContact } from "@/features/outreach/services/decide-for-contact";
import { getPurposeById } from "@/features/purposes/services/load-purpose";
import { ONE_TRIP_MAX } from "@/features/outreach/services/load-fact-rows";
import { recordLegalBasis } from "@/features/consents/services/record-legal-basis";
import { recordChannelOptOut } from "@/features/consents/services/record-channel-opt-out";
import { recordObjection } from "@/features/consents/services/record-objection";
import { liftRestriction } from "@/features/consents/services/set-restriction";
import { suppressIdentifier, createContact, type ContactSpec } from "../../factories/contacts";
import { daysAgo } from "../../factories/dates";
import { createContactWithConsent, createContactWithWithdrawnConsent, grantConsent } from "../../factories/consents";
import {
  createContactWithObjection,
  createCustomerContact,
  createPurchasedListContactWithListConsent,
  createPurpose,
  createRestrictedContact,
} from "../../factories/outreach";

/** Larger than the one-trip loader's limit, so every page takes the per-table path of real audiences. */
const BATCH = ONE_TRIP_MAX + 13;

let db: Db;
let purposeId: string;
let purposeKey: string;
let marker: string;
let contactCount = 0;

/** Every state a contact's fact rows can put it in, each through the service that writes it. */
const KINDS: ((spec: ContactSpec) => Promise<unknown>)[] = [
  (spec) =>
    createContactWithConsent(db, purposeKey, {
      contact: { ...spec, phones: [{ kind: "mobile" }], postal: true },
      channels: ["email", "sms", "phone", "post"],
    }),
  (spec) => createContactWithWithdrawnConsent(db, purposeKey, { contact: spec }),
  (spec) => createContactWithObjection(db, purposeKey, { ...spec, postal: true }),
  async (spec) => {
    const { contact } = await createContactWithConsent(db, purposeKey, { contact: spec });
    await recordObjection(db, SYSTEM, contact.id, { scope: "profiling", receivedVia: "email", receivedAt: daysAgo(4) });
  },
  (spec) => createRestrictedContact(db, purposeKey, { ...spec, phones: [{ kind: "direct" }] }),
  async (spec) => {
    const { contact, restriction } = await createRestrictedContact(db, purposeKey, spec);
    await liftRestriction(db, SYSTEM, contact.id, { restrictionId: restriction.id, reason: "Accuracy confirmed" });
  },
  async (spec) => {
    const { contact } = await createContactWithConsent(db, purposeKey, {
      contact: { ...spec, phones: [{ kind: "mobile" }] },
      channels: ["email", "sms"],
    });
    await recordChannelOptOut(db, SYSTEM, contact.id, { channel: "email", at: daysAgo(1), via: "unsubscribe_link" });
  },
  async (spec) => {
    const contact = await createContact(db, { ...spec, phones: [{ kind: "direct" }], postal: true });
    await recordLegalBasis(db, SYSTEM, contact.id, {
      purpose: purposeKey,
      basis: "legitimate_interest",
      balancingNote: "Existing business contact; objection offered in every message.",
      since: daysAgo(200),
    });
  },
  async (spec) => {
    const contact = await createContact(db, { ...spec, phones: [{ kind: "mobile" }] });
    await recordLegalBasis(db, SYSTEM, contact.id, {
      purpose: purposeKey,
      basis: "legitimate_interest",
      balancingNote: "Event follow-up, for one year only.",
      since: daysAgo(400),
      until: daysAgo(10),
    });
  },
  (spec) => createCustomerContact(db, { ...spec, phones: [{ kind: "mobile" }], postal: true }),
  (spec) =>
    createCustomerContact(
      db,
      { ...spec, legalForm: "eenmanszaak" },
      { until: daysAgo(400), optOutOfferedAtCollection: false },
    ),
  (spec) =>
    createContact(db, {
      ...spec,
      legalForm: "eenmanszaak",
      emails: [{ kind: "designated_commercial" }],
      phones: [{ kind: "direct" }],
    }),
  (spec) => createContact(db, { ...spec, emails: [{ kind: "generic" }], phones: [{ kind: "general" }] }),
  (spec) => createPurchasedListContactWithListConsent(db, purposeId, { ...spec, postal: true }),
  async (spec) => {
    // Erased once, re-added since: suppressed, whatever it consented to before the erasure.
    const { contact } = await createContactWithConsent(db, purposeKey, {
      contact: { ...spec, phones: [{ kind: "mobile" }] },
      channels: ["email", "sms"],
    });
    await suppressIdentifier(db, contact.emails[0].normalised);
  },
  async (spec) => {
    // Suppressed, then a fresh consent recorded after the suppression: that lifts it.
    const contact = await createContact(db, spec);
    await suppressIdentifier(db, contact.emails[0].normalised);
    await grantConsent(db, contact.id, purposeKey, ["email"], new Date());
  },
  (spec) => createContact(db, { ...spec, emails: [], postal: true }),
];

beforeAll(async () => {
  db = await getDb();
  const purpose = await createPurpose(db, { similarProductsOnly: true });
  purposeId = purpose.id;
  purposeKey = purpose.key;
  marker = `Agree${randomBytes(4).toString("hex")}`;
  // More than two full pages, so keyset paging and read-ahead cross page boundaries.
  const rounds = Math.ceil((2 * BATCH + 1) / KINDS.length);
  for (let i = 0; i < rounds; i++)
    for (const kind of KINDS) {
      await kind({ companyName: `${marker} ${i} BV` });
      contactCount++;
    }
});

describe("single and audience decisions agree", () => {
  it("pages audiences larger than the one-trip loader, as production does", () => {
    expect(BATCH).toBeGreaterThan(ONE_TRIP_MAX);
    expect(AUDIENCE_BATCH_SIZE).toBeGreaterThan(ONE_TRIP_MAX);
    expect(contactCount).toBeGreaterThan(2 * BATCH);
  });

  it.each(CHANNELS)("decides every contact on %s exactly as a single decision does", async (channel) => {
    const purpose = await getPurposeById(db, purposeId);
    // Just after the last fact was recorded, the same instant for both roads.
    const at = new Date(Date.now() + 1000);
    const batched = new Map<string, unknown>();
    const pages: number[] = [];
    await forEachAudienceBatch(
      db,
      { purpose, channel, commercial: true, filter: { companyName: marker }, at, batchSize: BATCH },
      (decisions) => {
        pages.push(decisions.length);
        for (const d of decisions) batched.set(d.contactId, d.decision);
      },
    );
    expect(batched.size).toBe(contactCount);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]).toBe(BATCH);

    const rules = new Map<string, number>();
    for (const [contactId, decision] of batched) {
      const single = await decideForContact(db, { contactId, purposeKey, channel, commercial: true, at });
      expect(decision, `${channel} ${contactId}`).toEqual(single.decision);
      const rule = (decision as { rule: string }).rule;
      rules.set(rule, (rules.get(rule) ?? 0) + 1);
    }
    // The audience really is varied on this channel: both answers, several reasons.
    const answers = new Set([...batched.values()].map((d) => (d as { decision: string }).decision));
    expect([...answers].sort()).toEqual(["allow", "deny"]);
    expect(rules.size).toBeGreaterThan(3);
    if (channel === "email") expect(rules.get("suppressed")).toBeGreaterThan(0);
  });
});
