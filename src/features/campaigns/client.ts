/**
 * What other features' client components and schemas may use from campaigns: client-safe code only
 * (components, server actions, zod schemas). Nothing here may import server-only code.
 */
export { ZCampaignAudience } from "./schemas";
