import type { ConsentExportContext, ExportableConsentRecord } from "@/domain/exports/exportable-consent";

export const grantedRecord = (over: Partial<ExportableConsentRecord> = {}): ExportableConsentRecord => ({
  id: "cr_01JX3Z8Q4V9F",
  contactId: "ct_01JX3Z7M2K1A",
  purpose: {
    key: "newsletter",
    name: "Nieuwsbrief",
    dpvPurpose: "dpv:DirectMarketing",
    noticeVersion: 3,
    noticeUrl: "https://voorbeeld.nl/privacy/nieuwsbrief/v3",
  },
  channels: ["email"],
  action: "granted",
  method: "double_opt_in",
  effectiveAt: new Date("2026-05-12T09:30:15.678Z"),
  recordedAt: new Date("2026-05-12T09:30:16.001Z"),
  ...over,
});

export const exportContext = (over: Partial<ConsentExportContext> = {}): ConsentExportContext => ({
  controller: {
    name: "Voorbeeld B.V.",
    contact: "Functionaris gegevensbescherming",
    address: {
      streetAddress: "Keizersgracht 1",
      postalCode: "1015 AA",
      addressLocality: "Amsterdam",
      addressCountry: "NL",
    },
    email: "privacy@voorbeeld.nl",
    phone: "+31201234567",
    url: "https://voorbeeld.nl",
    policyUrl: "https://voorbeeld.nl/privacy",
  },
  withdrawalUrl: "https://voorbeeld.nl/voorkeuren",
  ...over,
});
