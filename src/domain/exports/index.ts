export * from "./dpv-terms";
export type * from "./exportable-consent";
export { COLLECTION_METHOD_DESCRIPTIONS, describeWithdrawal } from "./describe-export-texts";
export { toKantaraReceipt, KANTARA_RECEIPT_VERSION, type KantaraConsentReceipt } from "./to-kantara-receipt";
export {
  toIso27560Record,
  consentStatusOf,
  ISO_27560_SCHEMA_VERSION,
  type Iso27560ConsentRecord,
} from "./to-iso27560-record";
