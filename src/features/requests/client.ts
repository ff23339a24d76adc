/**
 * What other features' client components and schemas may use from requests: client-safe code only
 * (components, server actions, zod schemas). Nothing here may import server-only code.
 */
export { ZMoment } from "./schemas";
export { REQUEST_CHANNELS } from "./schemas";
export { VERIFICATION_METHODS } from "./schemas";
export { ZExportFormat } from "./schemas";
export { ZExtendRequestInput } from "./schemas";
export { ZRectifyInput } from "./schemas";
export { ZRestrictInput } from "./schemas";
