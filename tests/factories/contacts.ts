/** Contact factories, named by state; they go through the real contact services. */
import { suppressionEntryHash } from "@/server/suppression-key";
import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db";
import { SYSTEM, type AuditContext } from "@/server/audit/actor";
import { createContact as createContactService } from "@/features/contacts/services/create-contact";
import type { TCreateContactInput } from "@/features/contacts/schemas";
import type { EmailKind, LegalForm, PhoneKind, SourceType } from "@/domain/vocabulary";
import { daysAgo } from "./dates";

export const uniq = () => randomBytes(4).toString("hex");
const digits = (n: number) => String(Math.floor(Math.random() * 10 ** n)).padStart(n, "0");
/** A Dutch mobile number as people write it ("06 12345678"). */
/** A valid Dutch mobile (06-1...) or Utrecht landline (030-2...) number in E.164. */
export const randomPhone = (kind: PhoneKind = "mobile") =>
  kind === "mobile" ? `+3161${digits(7)}` : `+31302${digits(6)}`;
export const randomLocalMobile = () => `06 ${1 + Math.floor(Math.random() * 5)}${digits(7)}`;

/** Input for a contact collected from a business card: unique name, personal e-mail, mobile. */
export function businessCardContactInput(over: Partial<TCreateContactInput> = {}): TCreateContactInput {
  const u = uniq();
  return {
    firstName: "Joost",
    lastName: `Visser-${u}`,
    jobTitle: "Inkoper",
    company: { name: `Bakkerij ${u}`, legalForm: "bv", kvkNumber: digits(8) },
    emails: [{ address: `joost.${u}@bakkerij-${u}.nl`, kind: "personal" }],
    phones: [{ number: randomLocalMobile(), kind: "mobile" }],
    source: { type: "business_card", detail: "Vakbeurs Utrecht 2026" },
    ...over,
  };
}

/** A contact from a business card, nothing recorded about consent yet. */
export async function createContactFromBusinessCard(
  db: Db,
  ctx: AuditContext,
  over: Partial<TCreateContactInput> = {},
) {
  const input = businessCardContactInput(over);
  const contact = await createContactService(db, ctx, input);
  return { ...contact, input };
}

/** Puts an identifier on the suppression list, as the erasure service does. */
export async function suppressIdentifier(db: Db, identifier: string) {
  const { suppressionSalt } = await db.organisationSettings.findUniqueOrThrow({ where: { id: 1 } });
  return db.suppressionEntry.create({
    data: {
      hash: suppressionEntryHash(identifier, suppressionSalt),
      kind: identifier.includes("@") ? "email" : "phone",
    },
  });
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
