/**
 * What other features' client components may use from consents: components, server actions and
 * client-safe helpers. Nothing here may import server-only code.
 */
export { STRENGTH_TONE } from "./components/strength-badge";
export { MAX_ATTACHMENT_BYTES } from "./rules/attachment-rules";
export { ZDate } from "./schemas";
export { RELATIONSHIP_KINDS } from "./schemas";
export { ZAddCustomerRelationshipInput } from "./schemas";
export { ZAttachmentBase64 } from "./schemas";
export { ZRecordConsentInput } from "./schemas";
export { ZRecordObjectionInput } from "./schemas";
export { ZSetRestrictionInput } from "./schemas";
export { ZWithdrawConsentInput } from "./schemas";
export { ZAttachmentInput } from "./schemas";
export { ZConsentEvidence } from "./schemas";
