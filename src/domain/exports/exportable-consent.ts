import type { Channel, ConsentAction, ConsentMethod } from "@/domain/vocabulary";
import type { ConsentStatus } from "./dpv-terms";

/** A consent record as the exports need it: plain data, read from the database by a service. */
export interface ExportableConsentRecord {
  id: string;
  contactId: string;
  purpose: {
    key: string;
    name: string;
    /** DPV purpose, e.g. "dpv:DirectMarketing". */
    dpvPurpose: string;
    /** Version of the notice text the person was shown. */
    noticeVersion: number | null;
    /** Where that version of the notice can be read, if published. */
    noticeUrl?: string | null;
  };
  channels: readonly Channel[];
  action: ConsentAction;
  method: ConsentMethod;
  /** When the consent (or withdrawal) took effect: the moment the person acted. */
  effectiveAt: Date;
  /** When it was entered into the system. */
  recordedAt: Date;
  /** End of validity under the organisation's consent lifetime, if it sets one. */
  expiresAt?: Date | null;
  /** State derived elsewhere (e.g. "invalidated"); by default derived from `action`. */
  status?: ConsentStatus;
}

/** Schema.org PostalAddress field names, a widely read shape for Kantara's "address" object. */
export interface PostalAddress {
  streetAddress: string;
  postalCode: string;
  addressLocality: string;
  /** ISO 3166-1 alpha-2, e.g. "NL". */
  addressCountry: string;
}

/** The controller's identity and contact details (AVG art. 13 lid 1 sub a). */
export interface ControllerInfo {
  name: string;
  /** Person or office to contact about privacy, e.g. "Functionaris gegevensbescherming". */
  contact: string;
  address: PostalAddress;
  email: string;
  phone: string;
  url?: string | null;
  policyUrl: string;
}

export interface ConsentExportContext {
  controller: ControllerInfo;
  /** Default "NL": the AVG as applied in the Netherlands, with the Telecommunicatiewet. */
  jurisdiction?: string;
  /** Language of the texts in the export (BCP 47). Default "nl". */
  language?: string;
  /**
   * How the person is identified in the export. Default: the internal contact id, a pseudonym
   * that reveals nothing by itself (AVG art. 5 lid 1 sub c); a portability export may pass the
   * e-mail address instead.
   */
  principalId?: string;
  /** Receipt id; default the consent record id, so the same record always gives the same receipt. */
  receiptId?: string;
  /** Where the person can withdraw (preference centre URL). */
  withdrawalUrl?: string | null;
  /** Moment of export, used to report an expired consent as such. */
  at?: Date;
}
