import type { Channel, ConsentMethod } from "@/domain/vocabulary";
import {
  CONSENT_STATUS_TERMS,
  CONSENT_TYPE_TERM,
  DATA_CONTROLLER_TERM,
  DPV_NAMESPACES,
  LEGAL_BASIS_TERMS,
  personalDataForChannels,
  type ConsentStatus,
} from "./dpv-terms";
import { COLLECTION_METHOD_DESCRIPTIONS, describeWithdrawal } from "./describe-export-texts";
import type { ConsentExportContext, ExportableConsentRecord, PostalAddress } from "./exportable-consent";

export const ISO_27560_SCHEMA_VERSION = "ISO/IEC TS 27560:2023";

/**
 * A consent record with the field names of ISO/IEC TS 27560 (in camelCase) and DPV terms as
 * values, following the DPVCG guide "Consent Records and Receipts as per ISO/IEC TS 27560:2023
 * using DPV". The brief's "status" is the standard's "event state".
 */
export interface Iso27560ConsentRecord {
  schemaVersion: typeof ISO_27560_SCHEMA_VERSION;
  /** Prefixes of the compact DPV terms used as values below. */
  namespaces: typeof DPV_NAMESPACES;
  recordId: string;
  piiPrincipalId: string;
  language: string;
  notice: { purposeKey: string; version: number | null; url: string | null };
  purpose: {
    purposeId: string;
    purpose: string;
    purposeType: string;
    lawfulBasis: string;
    lawfulBasisGdpr: string;
    channels: Channel[];
    piiInformation: { piiType: string }[];
  };
  piiControllers: {
    partyName: string;
    partyRole: string;
    partyContact: string;
    partyAddress: PostalAddress;
    partyEmail: string;
    partyPhone: string;
    partyUrl: string | null;
  }[];
  jurisdiction: string;
  collectionMethod: { method: ConsentMethod; description: string };
  withdrawalMethod: string;
  event: {
    eventTime: string;
    eventType: string;
    eventState: string;
    /** For a grant: from the grant until expiry (null = until withdrawn). For a withdrawal or
     *  other end state: the consent's validity ended at the event time. */
    validity: { validFrom: string | null; validUntil: string | null };
    entityId: string;
    recordedAt: string;
  };
}

/** The consent's state: an explicit status wins, else withdrawn/given from the action, and a
 *  grant past its expiry at export time counts as expired. */
export function consentStatusOf(record: ExportableConsentRecord, at?: Date): ConsentStatus {
  if (record.status) return record.status;
  if (record.action === "withdrawn") return "withdrawn";
  if (at && record.expiresAt && record.expiresAt.getTime() <= at.getTime()) return "expired";
  return "given";
}

/** One ISO/IEC TS 27560 consent record for one recorded consent or withdrawal (AVG art. 7 lid 1). */
export function toIso27560Record(record: ExportableConsentRecord, ctx: ConsentExportContext): Iso27560ConsentRecord {
  const { controller } = ctx;
  const principal = ctx.principalId ?? record.contactId;
  const status = consentStatusOf(record, ctx.at);
  const eventTime = record.effectiveAt.toISOString();
  const validity =
    record.action === "granted"
      ? { validFrom: eventTime, validUntil: record.expiresAt?.toISOString() ?? null }
      : { validFrom: null, validUntil: eventTime };

  return {
    schemaVersion: ISO_27560_SCHEMA_VERSION,
    namespaces: DPV_NAMESPACES,
    recordId: record.id,
    piiPrincipalId: principal,
    language: ctx.language ?? "nl",
    notice: {
      purposeKey: record.purpose.key,
      version: record.purpose.noticeVersion,
      url: record.purpose.noticeUrl ?? null,
    },
    purpose: {
      purposeId: record.purpose.key,
      purpose: record.purpose.name,
      purposeType: record.purpose.dpvPurpose,
      lawfulBasis: LEGAL_BASIS_TERMS.consent.dpv,
      lawfulBasisGdpr: LEGAL_BASIS_TERMS.consent.gdpr,
      channels: [...record.channels],
      piiInformation: personalDataForChannels(record.channels).map((piiType) => ({ piiType })),
    },
    piiControllers: [
      {
        partyName: controller.name,
        partyRole: DATA_CONTROLLER_TERM,
        partyContact: controller.contact,
        partyAddress: { ...controller.address },
        partyEmail: controller.email,
        partyPhone: controller.phone,
        partyUrl: controller.url ?? null,
      },
    ],
    jurisdiction: ctx.jurisdiction ?? "NL",
    collectionMethod: { method: record.method, description: COLLECTION_METHOD_DESCRIPTIONS[record.method] },
    withdrawalMethod: describeWithdrawal(ctx),
    event: {
      eventTime,
      eventType: CONSENT_TYPE_TERM,
      eventState: CONSENT_STATUS_TERMS[status],
      validity,
      entityId: principal,
      recordedAt: record.recordedAt.toISOString(),
    },
  };
}
