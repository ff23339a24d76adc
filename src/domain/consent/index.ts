export { validateConsentGrant } from "./validate-consent-grant";
export { validateCorrection, MIN_CORRECTION_REASON_LENGTH } from "./validate-correction";
export { CLOCK_SKEW_MS } from "./consent-grant-rules";
export { CONSENT_PROBLEM_MESSAGES, CORRECTION_PROBLEM_MESSAGES } from "./consent-problem-messages";
export type * from "./types";
export {
  evidenceStrength,
  canBeConfirmedInWriting,
  EVIDENCE_STRENGTHS,
  type EvidenceStrength,
  type EvidenceStrengthFacts,
} from "./evidence-strength";
export { inferNoticeVersion, type NoticeVersionFact } from "./notice-version";
