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
import type { Channel, EmailKind, LegalForm, PhoneKind, SourceType } from "@/domain/vocabulary";
import { createContact as createContactService } from "@/features/contacts/services/create-contact";
import { createPurpose as createPurposeService } from "@/features/purposes/services/create-purpose";
import { recordConsent as recordConsentService } from "@/features/consents/services/record-consent";
import { withdrawConsent } from "@/features/consents/services/withdraw-consent";
import { recordObjection } from "@/features/consents/services/record-objection";
import { setRestriction } from "@/features/consents/services/set-restriction";
import { addCustomerRelationship } from "@/features/consents/services/add-customer-relationship";

const uniq = () => randomBytes(4).toString("hex");
const DAY = 86_400_000;
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY);
const digits = (n: number) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, "0");
/** A valid Dutch mobile (06-1...) or Utrecht landline (030-2...) number in E.164. */
export const randomPhone = (kind: PhoneKind = "mobile") =>
  kind === "mobile" ? `+3161${digits(7)}` : `+31302${digits(6)}`;

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

export type ContactSpec = {
  firstName?: string;
  lastName?: string;
  /** null = a private person without a company. */
  legalForm?: LegalForm | null;
  companyName?: string;
  sourceType?: SourceType;
  sourceDetail?: string;
  /** When we obtained the data (default 400 days ago). */
  collectedAt?: Date;
  /** The language the person reads; absent = not known. */
  language?: "nl" | "en";
  publishedForPurpose?: string | null;
  emails?: { address?: string; kind?: EmailKind }[];
  phones?: { number?: string; kind?: PhoneKind }[];
  postal?: boolean;
};

/** A contact at a company (BV by default) with one personal e-mail address and nothing recorded. */
export async function createContact(db: Db, spec: ContactSpec = {}) {
  const u = uniq();
  const firstName = spec.firstName ?? "Jan";
  const lastName = spec.lastName ?? `Tester-${u}`;
  const legalForm = spec.legalForm === undefined ? "bv" : spec.legalForm;
  const emails = spec.emails ?? [{ kind: "personal" as const }];
  const { id } = await createContactService(db, SYSTEM, {
    firstName,
    lastName,
    company: legalForm === null ? null : { name: spec.companyName ?? `Bedrijf ${u}`, legalForm },
    language: spec.language ?? null,
    source: {
      type: spec.sourceType ?? "event",
      detail: spec.sourceDetail ?? "Testbeurs 2026, stand 12",
      publishedForPurpose: spec.publishedForPurpose ?? (spec.sourceType === "public_source" ? "support" : null),
      collectedAt: spec.collectedAt ?? daysAgo(400),
    },
    emails: emails.map((e, i) => ({
      address: e.address ?? `${firstName.toLowerCase()}.${u}.${i}@example.nl`,
      kind: e.kind ?? "personal",
      designation: e.kind === "designated_commercial" ? { where: "website /contact", seenAt: daysAgo(100) } : null,
    })),
    phones: (spec.phones ?? []).map((p) => ({
      number: p.number ?? randomPhone(p.kind ?? "mobile"),
      kind: p.kind ?? "mobile",
    })),
    postalAddress: spec.postal
      ? { street: `Dorpsstraat ${Number.parseInt(u, 16) % 200}`, postalCode: "3511 AB", city: "Utrecht" }
      : null,
  });
  return db.contact.findUniqueOrThrow({
    where: { id },
    include: { emails: true, phones: true, postalAddresses: true, company: true },
  });
}

export async function grantConsent(
  db: Db,
  contactId: string,
  purposeKey: string,
  channels: Channel[] = ["email"],
  capturedAt = daysAgo(30),
) {
  return recordConsentService(db, SYSTEM, contactId, {
    purpose: purposeKey,
    channels,
    method: "double_opt_in",
    capturedAt,
    affirmativeAct: true,
    evidence: { noticeVersion: 1, ip: "192.0.2.10", userAgent: "Mozilla/5.0 (test)", formVersion: "signup-v1" },
  });
}

export async function createContactWithConsent(
  db: Db,
  purposeKey: string,
  spec: ContactSpec = {},
  channels: Channel[] = ["email"],
) {
  const contact = await createContact(db, spec);
  const consent = await grantConsent(db, contact.id, purposeKey, channels);
  return { contact, consent };
}

export async function createContactWithWithdrawnConsent(db: Db, purposeKey: string, spec: ContactSpec = {}) {
  const { contact, consent } = await createContactWithConsent(db, purposeKey, spec);
  const withdrawal = await withdrawConsent(db, SYSTEM, contact.id, {
    purpose: purposeKey,
    at: daysAgo(5),
    method: "preference_centre",
  });
  return { contact, consent, withdrawal };
}

export async function createContactWithObjection(db: Db, purposeKey: string, spec: ContactSpec = {}) {
  const { contact, consent } = await createContactWithConsent(db, purposeKey, spec);
  const objection = await recordObjection(db, SYSTEM, contact.id, {
    scope: "direct_marketing",
    receivedVia: "email",
    receivedAt: daysAgo(2),
  });
  return { contact, consent, objection };
}

export async function createRestrictedContact(db: Db, purposeKey: string, spec: ContactSpec = {}) {
  const { contact, consent } = await createContactWithConsent(db, purposeKey, spec);
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

export async function createMarketer(db: Db) {
  const u = uniq();
  return db.user.create({
    data: { email: `marketer-${u}@example.org`, name: `Marketer ${u}`, role: "marketer", passwordHash: "x" },
  });
}
