/**
 * What other features' client components and schemas may use from outreach: client-safe code only
 * (components, server actions, zod schemas). Nothing here may import server-only code.
 */
export { ZDecideForContactInput } from "./schemas";
export { ZAudienceFilter } from "./schemas";
