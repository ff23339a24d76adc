/**
 * The registry of the integration API, v1: the one list of every operation. Each operation is
 * data (see src/server/http/api/operation.ts) defined next to its feature, in
 * src/features/<area>/api/operations.ts, with its request and response schemas in schemas.ts
 * beside it. Each route.ts under src/app/api/v1 is built from its operation, and the OpenAPI
 * document (/api/v1/openapi.json) and the reference page (/api-docs) are generated from this list.
 * Adding an operation = defining it in its feature, adding it here and adding a route that uses it
 * (docs/developing.md, "Adding an API operation").
 */
import type { ApiOperation } from "@/server/http/api/operation";
import { createPurposeOp, listPurposesOp } from "@/features/purposes/api/operations";
import { createContactOp, findContactsOp, getContactOp, updateContactOp } from "@/features/contacts/api/operations";
import {
  addCustomerRelationshipOp,
  consentHistoryOp,
  liftRestrictionOp,
  recordConsentOp,
  recordObjectionOp,
  setRestrictionOp,
  withdrawConsentOp,
} from "@/features/consents/api/operations";
import { eligibilityBatchOp, eligibilityOp } from "@/features/outreach/api/operations";
import { recordNoticeOp } from "@/features/notices/api/operations";
import { submitSignupOp } from "@/features/signups/api/operations";
import {
  executeRequestOp,
  exportRequestOp,
  extendRequestOp,
  getRequestOp,
  registerRequestOp,
  verifyRequestOp,
} from "@/features/requests/api/operations";
import { createImportOp, getImportOp, importErrorsOp } from "@/features/imports/api/operations";
import { returnedMailOp } from "@/features/campaigns/api/operations";

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
  returnedMailOp,
];
