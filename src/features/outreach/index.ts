/**
 * The public entry of outreach: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export { DecisionExplanation } from "./components/decision-explanation";
export { evidenceHref } from "./evidence-anchor";
export { CONSENT_FILTER_STATES, CUSTOMER_STATES, ZAudienceFilter, ZDecideForContactInput } from "./schemas";
export type { TAudienceFilter } from "./schemas";
export { contactsByIds, countAudience } from "./services/audience-query";
export { forEachAudienceBatch, summariseAudience } from "./services/decide-audience";
export type { AudienceSummary } from "./services/decide-audience";
export { decideFacts, loadContactFactsBatch } from "./services/decide-batch";
export type { DecisionContext } from "./services/decide-batch";
export { countStoredDecisions } from "./services/count-stored-decisions";
export type { StoredRuleCount } from "./services/count-stored-decisions";
export { decideForContact } from "./services/decide-for-contact";
export { getEligibility, getEligibilityWithRows } from "./services/get-eligibility";
export type { PurposeEligibility } from "./services/get-eligibility";
export type { ConsentRow, OptOutRow } from "./services/fact-rows";
export { getOutreachPolicy } from "./services/get-outreach-settings";
export { loadContactDecisionInputs } from "./services/load-contact-facts";
export { preloadSuppression, querySuppression } from "./services/suppression-source";
export { AudiencePreview } from "./components/audience-preview";
