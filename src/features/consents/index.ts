/**
 * The public entry of consents: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
/** A consent as the API takes it; the contacts API takes consents given at collection in this shape. */
export { ZApiRecordConsent } from "./api/schemas";
export { correctedIds, toConsentEventFacts } from "./rules/consent-records";
export { checkLegalBasis } from "./rules/record-rules";
export { ZAttachmentInput, ZConsentEvidence, ZDate, ZRecordConsentInput } from "./schemas";
export type { TRecordConsentInput, TRecordConsentParsed } from "./schemas";
export { insertObjection } from "./services/insert-objection";
export { checkConsent, insertConsent, planConsents, recordedVia } from "./services/plan-consent";
export type { ConsentPlan } from "./services/plan-consent";
export { recordConsent, recordConsents } from "./services/record-consent";
export { recordObjection } from "./services/record-objection";
export { pauseChannel, resumeChannel } from "./services/pause-channel";
export { sendWrittenConfirmation } from "./services/send-written-confirmation";
export { withdrawConsent, withdrawConsentInTx } from "./services/withdraw-consent";
