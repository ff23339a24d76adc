import type { OutreachSettings } from "./types";

/** Defaults as docs/law/outreach-rules.md describes them; the privacy officer can change each one. */
export const DEFAULT_OUTREACH_SETTINGS: Readonly<OutreachSettings> = Object.freeze({
  // No lifetime by default: neither the AVG nor the Tw sets one; organisations often choose 24 months.
  consentLifetimeDays: null,
  // No lifetime of their own: e-mail, SMS and post follow consentLifetimeDays.
  channelConsentLifetimeDays: {},
  // Telemarketing code (revised October 2024): the first call within six months of the consent,
  // unless the consent text states another period (a purpose's firstCallMonths).
  phoneFirstCallMonths: 6,
  // Customer exception (Tw art. 11.7 lid 3) lasts two years after the relationship ends.
  customerExceptionMonthsAfterEnd: 24,
  // null = one-time buyers get the same window as other customers.
  oneTimeBuyerExceptionMonths: null,
  // Telemarketing code: former customers may be called up to three years after the end.
  formerCustomerCallMonths: 36,
  // The documented balancing test for postal direct marketing covers everyone (recital 47).
  postalLegitimateInterest: true,
  // Most organisations: since 1 July 2026 calls to natural persons need consent, customers or not.
  sector: "other",
  // Unconfirmed phone consent may be used: the law asks that consent can be shown, not for a
  // recording (AVG art. 7 lid 1); the product flags it as weak and offers written confirmation.
  weakConsentUsable: true,
});
