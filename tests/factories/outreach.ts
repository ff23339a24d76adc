/**
 * Factories for outreach tests, named by state. The issue-3 contact and consent services did not
 * exist when these were written, so rows are inserted with Prisma directly, in the shape those
 * services write; switch to the services once they land.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db";
import type { Channel, EmailKind, LegalForm, PhoneKind, SourceType } from "@/domain/vocabulary";

const uniq = () => randomBytes(4).toString("hex");
const DAY = 86_400_000;
const digits = (n: number) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, "0");
/** A Dutch mobile (+316...) or Utrecht landline (+3130...) number in E.164. */
export const randomPhone = (kind: PhoneKind = "mobile") => (kind === "mobile" ? `+316${digits(8)}` : `+3130${digits(7)}`);
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

export async function createPurpose(
  db: Db,
  over: Partial<{ key: string; channels: Channel[]; directMarketing: boolean; similarProductsOnly: boolean; active: boolean }> = {},
) {
  const key = over.key ?? `purpose-${uniq()}`;
  return db.purpose.create({
    data: {
      key,
      nameNl: `Doel ${key}`,
      nameEn: `Purpose ${key}`,
      directMarketing: over.directMarketing ?? true,
      channels: over.channels ?? ["email", "sms", "phone", "post"],
      similarProductsOnly: over.similarProductsOnly ?? false,
      active: over.active ?? true,
      notices: { create: { version: 1, textNl: "Wij sturen u berichten.", textEn: "We send you messages." } },
    },
  });
}

export type ContactSpec = {
  firstName?: string;
  lastName?: string;
  legalForm?: LegalForm | null;
  companyName?: string;
  sourceType?: SourceType;
  publishedForPurpose?: string | null;
  emails?: { address?: string; kind?: EmailKind; designationWhere?: string }[];
  phones?: { e164?: string; kind?: PhoneKind }[];
  postal?: number;
  createdAt?: Date;
};

/** A contact at a company (BV by default) with one personal e-mail address and nothing recorded. */
export async function createContact(db: Db, spec: ContactSpec = {}) {
  const u = uniq();
  const firstName = spec.firstName ?? "Jan";
  const lastName = spec.lastName ?? `Tester-${u}`;
  const legalForm = spec.legalForm === undefined ? "bv" : spec.legalForm;
  const companyName = spec.companyName ?? `Bedrijf ${u}`;
  const company = legalForm === null ? null : await db.company.create({ data: { name: companyName, legalForm } });
  const emails = spec.emails ?? [{ kind: "personal" as const }];
  const contact = await db.contact.create({
    data: {
      firstName,
      lastName,
      companyId: company?.id ?? null,
      sourceType: spec.sourceType ?? "event",
      collectedAt: daysAgo(400),
      publishedForPurpose: spec.publishedForPurpose ?? null,
      searchName: `${firstName} ${lastName} ${company ? companyName : ""}`.trim().toLowerCase(),
      ...(spec.createdAt ? { createdAt: spec.createdAt } : {}),
      emails: {
        create: emails.map((e, i) => {
          const address = e.address ?? `${firstName.toLowerCase()}.${u}.${i}@example.nl`;
          return {
            address,
            normalised: address.toLowerCase(),
            kind: e.kind ?? "personal",
            designationWhere: e.designationWhere ?? (e.kind === "designated_commercial" ? "website /contact" : null),
            designationSeenAt: e.kind === "designated_commercial" ? daysAgo(100) : null,
          };
        }),
      },
      phones: {
        create: (spec.phones ?? []).map((p) => ({ e164: p.e164 ?? randomPhone(p.kind ?? "mobile"), kind: p.kind ?? "mobile" })),
      },
      postalAddresses: {
        create: Array.from({ length: spec.postal ?? 0 }, (_, i) => ({ street: `Dorpsstraat ${i + 1}`, postalCode: "1234 AB", city: "Utrecht" })),
      },
    },
    include: { emails: true, phones: true, postalAddresses: true, company: true },
  });
  return contact;
}

export async function recordConsent(
  db: Db,
  contactId: string,
  purposeId: string,
  over: Partial<{ action: "granted" | "withdrawn"; channels: Channel[]; effectiveAt: Date; method: "double_opt_in" | "unsubscribe_link" | "business_card"; recordedVia: string }> = {},
) {
  const effectiveAt = over.effectiveAt ?? daysAgo(30);
  return db.consentRecord.create({
    data: {
      contactId,
      purposeId,
      channels: over.channels ?? ["email"],
      action: over.action ?? "granted",
      method: over.method ?? (over.action === "withdrawn" ? "unsubscribe_link" : "double_opt_in"),
      effectiveAt,
      recordedAt: effectiveAt,
      recordedVia: over.recordedVia ?? "ui",
    },
  });
}

export async function createContactWithConsent(db: Db, purposeId: string, spec: ContactSpec = {}, channels: Channel[] = ["email"]) {
  const contact = await createContact(db, spec);
  const consent = await recordConsent(db, contact.id, purposeId, { channels });
  return { contact, consent };
}

export async function createContactWithWithdrawnConsent(db: Db, purposeId: string, spec: ContactSpec = {}) {
  const { contact, consent } = await createContactWithConsent(db, purposeId, spec);
  const withdrawal = await recordConsent(db, contact.id, purposeId, { action: "withdrawn", effectiveAt: daysAgo(5) });
  return { contact, consent, withdrawal };
}

export async function createContactWithObjection(db: Db, purposeId: string, spec: ContactSpec = {}) {
  const { contact, consent } = await createContactWithConsent(db, purposeId, spec);
  const objection = await db.objection.create({ data: { contactId: contact.id, scope: "direct_marketing", receivedAt: daysAgo(2), receivedVia: "email" } });
  return { contact, consent, objection };
}

export async function createRestrictedContact(db: Db, purposeId: string, spec: ContactSpec = {}) {
  const { contact, consent } = await createContactWithConsent(db, purposeId, spec);
  const restriction = await db.restriction.create({ data: { contactId: contact.id, reason: "accuracy contested", setAt: daysAgo(3) } });
  return { contact, consent, restriction };
}

export async function createCustomerContact(db: Db, spec: ContactSpec = {}, over: Partial<{ until: Date | null; optOutOfferedAtCollection: boolean }> = {}) {
  const contact = await createContact(db, { sourceType: "customer", ...spec });
  const relationship = await db.customerRelationship.create({
    data: { contactId: contact.id, since: daysAgo(300), until: over.until ?? null, products: ["support"], optOutOfferedAtCollection: over.optOutOfferedAtCollection ?? true },
  });
  return { contact, relationship };
}

export async function createMarketer(db: Db) {
  const u = uniq();
  return db.user.create({ data: { email: `marketer-${u}@example.org`, name: `Marketer ${u}`, role: "marketer", passwordHash: "x" } });
}
