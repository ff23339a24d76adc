/**
 * What other features' client components may use from consents: components, server actions and
 * client-safe helpers. Nothing here may import server-only code.
 */
export { STRENGTH_TONE } from "./components/strength-badge";
export { MAX_ATTACHMENT_BYTES } from "./rules/attachment-rules";
