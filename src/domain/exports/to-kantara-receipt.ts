import { personalDataForChannels } from "./dpv-terms";
import { COLLECTION_METHOD_DESCRIPTIONS, describeWithdrawal } from "./describe-export-texts";
import type { ConsentExportContext, ExportableConsentRecord, PostalAddress } from "./exportable-consent";

export const KANTARA_RECEIPT_VERSION = "KI-CR-v1.1.0";

/** Kantara Consent Receipt Specification v1.1 (the JSON shape of its published schema). */
export interface KantaraConsentReceipt {
  version: typeof KANTARA_RECEIPT_VERSION;
  jurisdiction: string;
  /** Seconds since the epoch, an integer (the schema says "integer"; milliseconds would be wrong). */
  consentTimestamp: number;
  collectionMethod: string;
  consentReceiptID: string;
  language?: string;
  piiPrincipalId: string;
  piiControllers: {
    piiController: string;
    onBehalf: boolean;
    contact: string;
    address: PostalAddress;
    email: string;
    phone: string;
    piiControllerUrl?: string;
  }[];
  policyUrl: string;
  services: {
    service: string;
    purposes: {
      purpose: string;
      consentType: string;
      purposeCategory: string[];
      piiCategory: string[];
      primaryPurpose: boolean;
      termination: string;
      thirdPartyDisclosure: false;
    }[];
  }[];
  sensitive: boolean;
  spiCat: string[];
}

/**
 * A Kantara v1.1 consent receipt for one granted consent: the person's copy of what they agreed
 * to, with whom, how, and how to withdraw (AVG art. 7 lid 1 and 3, art. 13).
 *
 * A receipt documents a grant; a withdrawal has no Kantara form and is exported as an
 * ISO/IEC TS 27560 record instead, so asking for a receipt of one is a programming error.
 */
export function toKantaraReceipt(record: ExportableConsentRecord, ctx: ConsentExportContext): KantaraConsentReceipt {
  if (record.action !== "granted") {
    throw new RangeError(`toKantaraReceipt: record ${record.id} is a ${record.action} record; receipts are for grants`);
  }
  const { controller } = ctx;
  return {
    version: KANTARA_RECEIPT_VERSION,
    jurisdiction: ctx.jurisdiction ?? "NL",
    consentTimestamp: Math.floor(record.effectiveAt.getTime() / 1000),
    collectionMethod: COLLECTION_METHOD_DESCRIPTIONS[record.method],
    consentReceiptID: ctx.receiptId ?? record.id,
    language: ctx.language ?? "nl",
    piiPrincipalId: ctx.principalId ?? record.contactId,
    piiControllers: [
      {
        piiController: controller.name,
        onBehalf: false,
        contact: controller.contact,
        address: { ...controller.address },
        email: controller.email,
        phone: controller.phone,
        ...(controller.url ? { piiControllerUrl: controller.url } : {}),
      },
    ],
    policyUrl: controller.policyUrl,
    services: [
      {
        service: record.purpose.name,
        purposes: [
          {
            // The channels are part of what was agreed to (consent is specific, art. 4 punt 11).
            purpose: `${record.purpose.name} (${record.channels.join(", ")})`,
            // "EXPLICIT" in Kantara's sense: expressed by the person, not inferred from conduct.
            consentType: "EXPLICIT",
            purposeCategory: [record.purpose.dpvPurpose],
            piiCategory: personalDataForChannels(record.channels),
            primaryPurpose: true,
            termination: describeWithdrawal(ctx),
            // Marketing consent is for our own use; contact data is not passed to third parties.
            thirdPartyDisclosure: false,
          },
        ],
      },
    ],
    // B2B contact data (name, address, number) holds no special categories (AVG art. 9).
    sensitive: false,
    spiCat: [],
  };
}
