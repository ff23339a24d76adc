import { DEFAULT_OUTREACH_SETTINGS, type OutreachSettings } from "@/domain/outreach";
import type { Db } from "@/server/db";
import { usableSalt } from "./suppression";

export type OutreachPolicy = { settings: OutreachSettings; suppressionSalt: string | null };

/** The organisation's settings as the engine reads them (OrganisationSettings, row 1). */
export async function getOutreachPolicy(db: Pick<Db, "organisationSettings">): Promise<OutreachPolicy> {
  const row = await db.organisationSettings.findUnique({ where: { id: 1 } });
  if (!row) return { settings: { ...DEFAULT_OUTREACH_SETTINGS }, suppressionSalt: null };
  return {
    settings: {
      consentLifetimeDays: row.consentLifetimeDays,
      channelConsentLifetimeDays: {
        email: row.emailConsentLifetimeDays,
        sms: row.smsConsentLifetimeDays,
        post: row.postConsentLifetimeDays,
      },
      phoneFirstCallMonths: row.phoneFirstCallMonths,
      customerExceptionMonthsAfterEnd: row.customerExceptionMonthsAfterEnd,
      oneTimeBuyerExceptionMonths: row.oneTimeBuyerExceptionMonths,
      formerCustomerCallMonths: row.formerCustomerCallMonths,
      postalLegitimateInterest: row.postalLegitimateInterest,
      sector: row.sector,
      weakConsentUsable: row.weakConsentUsable,
    },
    suppressionSalt: usableSalt(row.suppressionSalt),
  };
}
