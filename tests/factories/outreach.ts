/**
 * Factories for outreach tests, named by state. They go through the real contact, purpose and consent services
 * (contacts, purposes, consents), so the rows look exactly as the product writes them, audit
 * entries included. One state cannot be reached that way on purpose: a grant that "came with a
 * purchased list" is refused by the consent service, so `createPurchasedListContactWithListConsent`
 * writes that legacy row directly, as an old import would have.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import type { Channel } from "@/domain/vocabulary";
import { createPurpose as createPurposeService } from "@/features/purposes/services/create-purpose";
import { recordObjection } from "@/features/consents/services/record-objection";
import { setRestriction } from "@/features/consents/services/set-restriction";
import { addCustomerRelationship } from "@/features/consents/services/add-customer-relationship";
import { daysAgo } from "./dates";
import { createContact, type ContactSpec } from "./contacts";
import { createContactWithConsent } from "./consents";

const uniq = () => randomBytes(4).toString("hex");

export async function createPurpose(
  db: Db,
  over: Partial<{ key: string; channels: Channel[]; directMarketing: boolean; similarProductsOnly: boolean }> = {},
) {
  const key = over.key ?? `purpose-${uniq()}`;
  const { id } = await createPurposeService(db, SYSTEM, {
    key,
    nameNl: `Doel ${key}`,
    nameEn: `Purpose ${key}`,
    directMarketing: over.directMarketing ?? true,
    channels: over.channels ?? ["email", "sms", "phone", "post"],
    similarProductsOnly: over.similarProductsOnly ?? false,
    textNl: "Wij sturen u berichten; afmelden kan altijd.",
    textEn: "We send you messages; you can unsubscribe at any time.",
  });
  return db.purpose.findUniqueOrThrow({ where: { id } });
}

export async function createContactWithObjection(db: Db, purposeKey: string, spec: ContactSpec = {}) {
  const { contact, consent } = await createContactWithConsent(db, purposeKey, { contact: spec });
  const objection = await recordObjection(db, SYSTEM, contact.id, {
    scope: "direct_marketing",
    receivedVia: "email",
    receivedAt: daysAgo(2),
  });
  return { contact, consent, objection };
}

export async function createRestrictedContact(db: Db, purposeKey: string, spec: ContactSpec = {}) {
  const { contact, consent } = await createContactWithConsent(db, purposeKey, { contact: spec });
  const restriction = await setRestriction(db, SYSTEM, contact.id, {
    reason: "Accuracy contested by the person",
    setAt: daysAgo(3),
  });
  return { contact, consent, restriction };
}

export async function createCustomerContact(
  db: Db,
  spec: ContactSpec = {},
  over: Partial<{ until: Date | null; optOutOfferedAtCollection: boolean }> = {},
) {
  const contact = await createContact(db, { sourceType: "customer", ...spec });
  const relationship = await addCustomerRelationship(db, SYSTEM, contact.id, {
    since: daysAgo(1000),
    until: over.until ?? null,
    products: ["support"],
    optOutOfferedAtCollection: over.optOutOfferedAtCollection ?? true,
  });
  return { contact, relationship };
}

/** Legacy state the consent service refuses today: a grant that came with a purchased list. */
export async function createPurchasedListContactWithListConsent(db: Db, purposeId: string, spec: ContactSpec = {}) {
  const contact = await createContact(db, { ...spec, sourceType: "purchased_list" });
  const consent = await db.consentRecord.create({
    data: {
      contactId: contact.id,
      purposeId,
      channels: ["email"],
      action: "granted",
      method: "web_form",
      effectiveAt: daysAgo(60),
      recordedAt: daysAgo(60),
      recordedVia: "import",
    },
  });
  return { contact, consent };
}

/**
 * A contact we did not get from the person (a referral by someone else, collected ten days ago):
 * owed the AVG art. 14 notice, which nobody has given yet.
 */
export async function createContactOwedNotice(db: Db, spec: ContactSpec = {}) {
  return createContact(db, {
    sourceType: "referral",
    sourceDetail: `Doorverwezen door Piet de Vries (${uniq()})`,
    collectedAt: daysAgo(10),
    ...spec,
  });
}
