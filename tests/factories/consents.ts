/** Consent factories, named by state; they go through the real consent services. */
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { SYSTEM } from "@/server/audit/actor";
import type { Channel } from "@/domain/vocabulary";
import type { TRecordConsentInput, TWithdrawConsentInput } from "@/features/consents/schemas";
import { recordConsent } from "@/features/consents/services/record-consent";
import { withdrawConsent } from "@/features/consents/services/withdraw-consent";
import { createContact, type ContactSpec } from "./contacts";
import { daysAgo } from "./dates";

/** A tiny but real PNG (1x1 pixel): what a phone camera sends, minus the megabytes. */
export const PNG_1X1 = new Uint8Array(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  ),
);

/** A business-card opt-in at a fair, in the person's own words, notice version 1 shown. */
export function businessCardConsent(purposeKey: string, over: Partial<TRecordConsentInput> = {}): TRecordConsentInput {
  const { evidence, ...rest } = over;
  return {
    purpose: purposeKey,
    method: "business_card",
    capturedAt: new Date(Date.now() - 60_000),
    affirmativeAct: true,
    ...rest,
    evidence: {
      location: "Vakbeurs Utrecht, stand 12",
      statement: "Ja, stuur me de nieuwsbrief maar, hier is mijn kaartje.",
      noticeVersion: 1,
      ...evidence,
    },
  };
}

/** A double opt-in through a web form: the strongest everyday evidence (IP, user agent, form version). */
export function doubleOptInConsent(
  purposeKey: string,
  channels: Channel[] = ["email"],
  capturedAt = daysAgo(30),
): TRecordConsentInput {
  return {
    purpose: purposeKey,
    channels,
    method: "double_opt_in",
    capturedAt,
    affirmativeAct: true,
    evidence: { noticeVersion: 1, ip: "192.0.2.10", userAgent: "Mozilla/5.0 (test)", formVersion: "signup-v1" },
  };
}

/** A double opt-in recorded by the system for an existing contact (e-mail, a month ago, by default). */
export async function grantConsent(
  db: Db,
  contactId: string,
  purposeKey: string,
  channels: Channel[] = ["email"],
  capturedAt = daysAgo(30),
) {
  return recordConsent(db, SYSTEM, contactId, doubleOptInConsent(purposeKey, channels, capturedAt));
}

export type ConsentSpec = {
  /** The contact (see createContact); default a BV contact with one personal e-mail address. */
  contact?: ContactSpec;
  /** The channels of the default consent; default e-mail. */
  channels?: Channel[];
  /** The consent as recorded; default a double opt-in a month ago (doubleOptInConsent). */
  consent?: Omit<TRecordConsentInput, "purpose">;
  /** Who records the consent (and a withdrawal); default the system. */
  ctx?: AuditContext;
};

/** A contact who gave consent for the purpose, recorded through the consent service. */
export async function createContactWithConsent(db: Db, purposeKey: string, spec: ConsentSpec = {}) {
  const contact = await createContact(db, spec.contact);
  const input = spec.consent ? { ...spec.consent, purpose: purposeKey } : doubleOptInConsent(purposeKey, spec.channels);
  const consent = await recordConsent(db, spec.ctx ?? SYSTEM, contact.id, input);
  return { contact, consent };
}

/**
 * A contact who gave consent and withdrew it for the whole purpose; by default through the
 * preference centre five days ago.
 */
export async function createContactWithWithdrawnConsent(
  db: Db,
  purposeKey: string,
  spec: ConsentSpec & { withdrawal?: Omit<TWithdrawConsentInput, "purpose"> } = {},
) {
  const { contact, consent } = await createContactWithConsent(db, purposeKey, spec);
  const withdrawal = await withdrawConsent(db, spec.ctx ?? SYSTEM, contact.id, {
    purpose: purposeKey,
    ...(spec.withdrawal ?? { at: daysAgo(5), method: "preference_centre" }),
  });
  return { contact, consent, withdrawal };
}
