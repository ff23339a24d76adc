import type { ExportableConsentRecord } from "@/domain/exports";
import type { ConsentMethod } from "@/domain/vocabulary";

type ConsentRow = {
  id: string;
  purpose: { key: string; nameNl: string; nameEn: string; dpvPurpose: string };
  notice: { version: number } | null;
  channels: string[];
  action: "granted" | "withdrawn";
  method: string;
  effectiveAt: Date;
  recordedAt: Date;
  correctsId: string | null;
  invalidates: boolean;
};

/**
 * Consent rows as the standard exports take them. A record that a later correction declared
 * invalid is exported as dpv:ConsentInvalidated; with a consent lifetime set, a grant carries its
 * expiry. Withdrawal methods (unsubscribe link, preference centre) pass through as they are.
 */
export function toExportableConsents(
  contactId: string,
  consents: ConsentRow[],
  opts: { language: "nl" | "en"; consentLifetimeDays: number | null },
): ExportableConsentRecord[] {
  const invalidated = new Set(consents.filter((c) => c.invalidates && c.correctsId).map((c) => c.correctsId as string));
  return consents.map((c) => ({
    id: c.id,
    contactId,
    purpose: {
      key: c.purpose.key,
      name: opts.language === "nl" ? c.purpose.nameNl : c.purpose.nameEn,
      dpvPurpose: c.purpose.dpvPurpose,
      noticeVersion: c.notice?.version ?? null,
      noticeUrl: null,
    },
    channels: c.channels as ExportableConsentRecord["channels"],
    action: c.action,
    method: c.method as ConsentMethod,
    effectiveAt: c.effectiveAt,
    recordedAt: c.recordedAt,
    expiresAt:
      c.action === "granted" && opts.consentLifetimeDays
        ? new Date(c.effectiveAt.getTime() + opts.consentLifetimeDays * 86_400_000)
        : null,
    ...(invalidated.has(c.id) ? { status: "invalidated" as const } : {}),
  }));
}

/** Descriptions for the ways a withdrawal arrives, which the grant-method table does not cover. */
export const WITHDRAWAL_METHOD_DESCRIPTIONS: Record<string, string> = {
  unsubscribe_link: "Unsubscribe link in a message (one click, RFC 8058)",
  preference_centre: "Preference centre: the person changed their choices themselves",
  staff_recorded: "Recorded by a staff member at the person's request",
  spam_complaint: "Marked a campaign mail as spam; the mailbox provider reported it (feedback report, RFC 5965)",
};
