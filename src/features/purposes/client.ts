/**
 * What other features' client components and schemas may use from purposes: client-safe code only
 * (components, server actions, zod schemas). Nothing here may import server-only code.
 */
export { DPV_PURPOSES } from "./schemas";
export { ZCreatePurposeInput } from "./schemas";
