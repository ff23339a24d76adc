import { Prisma } from "@generated/prisma/client";
import { DEFAULT_OUTREACH_SETTINGS, type OutreachSettings } from "@/domain/outreach";
import type { Db } from "@/server/db";
import { suppressionSaltOf } from "@/server/suppression-salt";
import { usableSalt } from "./suppression";

export type OutreachPolicy = { settings: OutreachSettings; suppressionSalt: string | null };

/** The columns of OrganisationSettings (row 1) the engine reads, read the same way by both forms below. */
const POLICY_FIELDS = [
  "consentLifetimeDays",
  "emailConsentLifetimeDays",
  "smsConsentLifetimeDays",
  "postConsentLifetimeDays",
  "phoneFirstCallMonths",
  "customerExceptionMonthsAfterEnd",
  "oneTimeBuyerExceptionMonths",
  "formerCustomerCallMonths",
  "postalLegitimateInterest",
  "sector",
  "weakConsentUsable",
  // Read as suppressionSaltOf reads it, like every other reader of the suppression list.
  "suppressionSalt",
] as const;
type PolicyRow = Pick<Prisma.OrganisationSettingsGetPayload<object>, (typeof POLICY_FIELDS)[number]>;

const select = Object.fromEntries(POLICY_FIELDS.map((f) => [f, true])) as {
  [F in (typeof POLICY_FIELDS)[number]]: true;
};

/** The organisation's settings as the engine reads them (OrganisationSettings, row 1). */
export async function getOutreachPolicy(db: Pick<Db, "organisationSettings">): Promise<OutreachPolicy> {
  return policyFromRow(await db.organisationSettings.findUnique({ where: { id: 1 }, select }));
}

/**
 * The same row as one JSON value, for a statement that reads it beside other things (a single
 * decision reads it in the statement that reads the contact's facts: see load-fact-rows-one-trip.ts).
 * None of these columns is a timestamp, so the JSON decodes to the same values as the client's row.
 */
export function policyJsonSql(): Prisma.Sql {
  const pairs = POLICY_FIELDS.map((f) => Prisma.raw(`'${f}', s."${f}"`));
  return Prisma.sql`SELECT json_build_object(${Prisma.join(pairs, ", ")}) FROM "OrganisationSettings" s WHERE s.id = 1`;
}

export function policyFromRow(row: PolicyRow | null): OutreachPolicy {
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
    suppressionSalt: usableSalt(suppressionSaltOf(row)),
  };
}
