/**
 * The registry of the integration API, v1: every operation as data (see
 * src/server/http/api/operation.ts). Each route.ts under src/app/api/v1 is built from its entry, and
 * the OpenAPI document (/api/v1/openapi.json) and the reference page (/api-docs) are generated
 * from this list. Adding an operation = adding an entry here and a route that uses it.
 */
import type { ApiOperation } from "@/server/http/api/operation";
import { createPurposeOp, listPurposesOp } from "./purposes";
import { createContactOp, findContactsOp, getContactOp, updateContactOp } from "./contacts";
import {
  addCustomerRelationshipOp,
  consentHistoryOp,
  liftRestrictionOp,
  recordConsentOp,
  recordObjectionOp,
  setRestrictionOp,
  withdrawConsentOp,
} from "./consents";
import { eligibilityBatchOp, eligibilityOp } from "./eligibility";
import { recordNoticeOp } from "./notices";
import { submitSignupOp } from "./signups";
import {
  executeRequestOp,
  exportRequestOp,
  extendRequestOp,
  getRequestOp,
  registerRequestOp,
  verifyRequestOp,
} from "./requests";
import { createImportOp, getImportOp, importErrorsOp } from "./imports";

export const API_OPERATIONS: ApiOperation[] = [
  listPurposesOp,
  createPurposeOp,
  createContactOp,
  findContactsOp,
  getContactOp,
  updateContactOp,
  recordConsentOp,
  withdrawConsentOp,
  consentHistoryOp,
  submitSignupOp,
  addCustomerRelationshipOp,
  recordObjectionOp,
  setRestrictionOp,
  liftRestrictionOp,
  recordNoticeOp,
  eligibilityOp,
  eligibilityBatchOp,
  registerRequestOp,
  getRequestOp,
  verifyRequestOp,
  extendRequestOp,
  executeRequestOp,
  exportRequestOp,
  createImportOp,
  getImportOp,
  importErrorsOp,
];
