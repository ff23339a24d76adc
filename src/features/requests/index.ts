/**
 * The public entry of requests: what other features may use. Everything else in this folder is
 * private to it (enforced by `npm run lint`).
 */
export {
  REQUEST_CHANNELS,
  VERIFICATION_METHODS,
  ZExportFormat,
  ZExtendRequestInput,
  ZMoment,
  ZRectifyInput,
  ZRegisterRequestInput,
  ZRestrictInput,
  ZVerifyRequestInput,
} from "./schemas";
export { eraseContacts } from "./services/erase-contacts";
export { executeDisclosure } from "./services/execute-disclosure";
export { executeErasure } from "./services/execute-erasure";
export { executeObjection } from "./services/execute-objection";
export { executeRectification } from "./services/execute-rectification";
export { executeRestriction } from "./services/execute-restriction";
export { extendRequest } from "./services/extend-request";
export { getRequest } from "./services/get-request";
export { UNNAMED, registerRequest } from "./services/register-request";
export { suppressIdentifiers } from "./services/suppress-identifiers";
export { verifyRequest } from "./services/verify-request";
