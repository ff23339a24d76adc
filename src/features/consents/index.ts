/**
 * The public entry of consents: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { toConsentEventFacts } from "./rules/consent-records";
export { checkLegalBasis } from "./rules/record-rules";
export {
  RELATIONSHIP_KINDS,
  ZAddCustomerRelationshipInput,
  ZAttachmentBase64,
  ZAttachmentInput,
  ZConsentEvidence,
  ZDate,
  ZRecordConsentInput,
  ZRecordObjectionInput,
  ZSetRestrictionInput,
  ZWithdrawConsentInput,
} from "./schemas";
export type {
  TAddCustomerRelationshipInput,
  TRecordConsentInput,
  TRecordConsentParsed,
  TRecordObjectionInput,
  TSetRestrictionInput,
  TWithdrawConsentInput,
} from "./schemas";
export { addCustomerRelationship } from "./services/add-customer-relationship";
export { getContactTimeline } from "./services/get-contact-timeline";
export { insertObjection } from "./services/insert-objection";
export { checkConsent, insertConsent, planConsents, recordedVia } from "./services/plan-consent";
export type { ConsentPlan, PurposeWithNotices } from "./services/plan-consent";
export { recordConsent, recordConsents } from "./services/record-consent";
export { recordObjection } from "./services/record-objection";
export { pauseChannel, resumeChannel } from "./services/pause-channel";
export { sendWrittenConfirmation } from "./services/send-written-confirmation";
export { liftRestriction, setRestriction } from "./services/set-restriction";
export { withdrawConsent } from "./services/withdraw-consent";
