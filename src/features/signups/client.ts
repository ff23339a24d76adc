/**
 * What other features' client components and schemas may use from signups: client-safe code only
 * (components, server actions, zod schemas). Nothing here may import server-only code.
 */
export { ZSignupSubmission } from "./schemas";
