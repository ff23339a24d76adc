/** Consent factories, named by state; they go through the real consent services. */
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import type { TRecordConsentInput } from "@/features/consents/schemas";
import { recordConsent } from "@/features/consents/services/record-consent";
import { withdrawConsent } from "@/features/consents/services/withdraw-consent";
import { createContactFromBusinessCard } from "./contacts";

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

export async function createContactWithConsent(
  db: Db,
  ctx: AuditContext,
  purposeKey: string,
  over: Partial<TRecordConsentInput> = {},
) {
  const contact = await createContactFromBusinessCard(db, ctx);
  const consent = await recordConsent(db, ctx, contact.id, businessCardConsent(purposeKey, over));
  return { contact, consent };
}

export async function createContactWithWithdrawnConsent(db: Db, ctx: AuditContext, purposeKey: string) {
  const { contact, consent } = await createContactWithConsent(db, ctx, purposeKey);
  const withdrawal = await withdrawConsent(db, ctx, contact.id, { purpose: purposeKey });
  return { contact, consent, withdrawal };
}
