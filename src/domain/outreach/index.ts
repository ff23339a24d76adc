/**
 * The outreach rules engine: "may we send THIS message to THIS contact over THIS channel, now?"
 * Pure functions over plain data; see docs/law/outreach-rules.md.
 */
export { decideOutreach } from "./decide";
export { OBLIGATIONS, type Obligation, type OutreachDecision } from "./decision";
export { bundlesPhone, effectiveConsentState, type ConsentState } from "./consent-state";
export {
  CALL_OUTCOMES_REACHING_PERSON,
  firstCallWindow,
  lifetimeFor,
  type ConsentLapse,
  type LifetimeSource,
} from "./consent-lifetime";
export { factsKnownAt } from "./as-known";
export { DEFAULT_OUTREACH_SETTINGS } from "./settings";
export {
  RULES,
  RULE_SET_VERSIONS,
  ruleSetInForce,
  ruleSetVersionEnd,
  type Jurisdiction,
  type RuleSetVersion,
} from "./rule-sets";
export type { RuleId } from "./rules/nl";
export type { RuleDefinition } from "./rules/rule-definition";
export { POLICY_EVIDENCE } from "./policies";
export { CHANNEL_LABELS, fillTemplate, type ExplainParams, type Language } from "./explain";
export { isoDateAmsterdam } from "./time";
export type {
  CallFact,
  ChannelOptOutFact,
  ConsentEventFact,
  ConsentGrantorFact,
  ContactFacts,
  CustomerRelationshipFact,
  EmailPointFact,
  Evidence,
  EvidenceType,
  LegalBasisFact,
  LifetimeChannel,
  NoticeFact,
  ObjectionFact,
  OutreachInput,
  OutreachSettings,
  PhonePointFact,
  PostalPointFact,
  PurposeFacts,
  RestrictionFact,
} from "./types";
export {
  DECISION_LOGIC_VERSION,
  RULE_CODES,
  cellOf,
  decideGrid,
  decisionHorizon,
  decodeCell,
  encodeCell,
  type DecisionGrid,
  type GridDecisions,
} from "./decision-grid";
