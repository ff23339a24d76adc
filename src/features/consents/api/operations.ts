import { defineOperation } from "@/server/http/api/operation";
import { ZIdParams } from "@/server/http/api/params";
import {
  ZApiAddCustomerRelationship,
  ZApiConsentHistory,
  ZApiConsentGranted,
  ZApiConsentRecorded,
  ZApiCustomerRelationship,
  ZApiLiftRestriction,
  ZApiObjection,
  ZApiRecordConsent,
  ZApiRecordObjection,
  ZApiRestriction,
  ZApiSetRestriction,
  ZApiWithdrawConsent,
} from "./schemas";

export const recordConsentOp = defineOperation({
  id: "recordConsent",
  method: "POST",
  path: "/contacts/{id}/consents",
  scope: "consents:write",
  tag: "Consent",
  summary: "Record a consent with its evidence",
  description:
    "Checked by the same rules as in the app: a clear affirmative act, no pre-ticked box (AVG art. 4 punt 11, art. 7 lid 2), evidence of where and " +
    "what was said for offline opt-ins, a notice version that exists, nothing from a purchased list. A consent that is not lawful answers 422 " +
    "with each problem and its article in `errors`; nothing is stored then.\n\n" +
    "Defaults: `channels` omitted = every channel the purpose offers. `evidence.noticeVersion` omitted = the version that was current for the " +
    "purpose at `capturedAt`, stored and returned with `noticeInferred: true` (422 when `capturedAt` is before the purpose's first notice; an " +
    "explicit version that never existed is 422 too). `preTicked` and `importedFromList` default to false; `evidence.grantor` omitted = the " +
    "person themselves. A phone opt-in (`verbal_phone`) needs `evidence.location` and `evidence.statement` but no recording: without one it is " +
    'accepted with `evidenceStrength: "weak"`, and by default (`sendWrittenConfirmation`, default true) the contact is mailed a ' +
    "written confirmation with a link to confirm (the evidence then becomes strong) or to change their mind; `writtenConfirmation` in the " +
    "response says whether it went out. Whether weak consent may be used before confirmation is an organisation setting (default: yes). " +
    "`evidenceStrength` is `strong` (recording, signed form, own e-mail, double opt-in, confirmed in writing), `standard` (offline opt-in with " +
    "place and words, web form with IP and user agent) or `weak`.",
  params: ZIdParams,
  body: ZApiRecordConsent,
  success: {
    status: 201,
    schema: ZApiConsentGranted,
    description: "The consent record, with the notice version stored and the strength of its evidence.",
  },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "UNLAWFUL"],
  example: {
    request: {
      purpose: "newsletter",
      channels: ["email"],
      method: "web_form",
      capturedAt: "2026-11-22T10:15:00Z",
      affirmativeAct: true,
      preTicked: false,
      evidence: {
        noticeVersion: 1,
        ip: "203.0.113.7",
        userAgent: "Mozilla/5.0",
        statement: "Ja, stuur mij de nieuwsbrief",
      },
    },
  },
});

export const withdrawConsentOp = defineOperation({
  id: "withdrawConsent",
  method: "POST",
  path: "/contacts/{id}/consents/withdraw",
  scope: "consents:write",
  tag: "Consent",
  summary: "Withdraw consent for a purpose (or some of its channels)",
  description:
    "Takes effect at once (AVG art. 7 lid 3). Earlier records stay as proof that past sends were lawful. Defaults: `channels` omitted or " +
    "empty = every channel of the purpose; `at` = now; `method` = `staff_recorded`; `statement` and `location` optional.",
  params: ZIdParams,
  body: ZApiWithdrawConsent,
  success: { status: 201, schema: ZApiConsentRecorded, description: "The withdrawal record." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND"],
  example: { request: { purpose: "newsletter", method: "unsubscribe_link" } },
});

export const consentHistoryOp = defineOperation({
  id: "getConsentHistory",
  method: "GET",
  path: "/contacts/{id}/consents",
  scope: "contacts:read",
  tag: "Consent",
  summary: "The consent history of a contact, newest first, with its evidence",
  params: ZIdParams,
  success: {
    status: 200,
    schema: ZApiConsentHistory,
    description: "Every consent record, including corrected and withdrawn ones.",
  },
  problems: ["FORBIDDEN", "NOT_FOUND"],
});

export const addCustomerRelationshipOp = defineOperation({
  id: "addCustomerRelationship",
  method: "POST",
  path: "/contacts/{id}/customer-relationships",
  scope: "relationships:write",
  tag: "Consent",
  summary: "Record a customer relationship (basis of the customer exception, Tw art. 11.7 lid 3)",
  description:
    "`paid` (optional, default true): whether anything was paid. A free trial, a free webinar or a download is not a sale; " +
    "an unpaid relationship grants no customer exception for any channel. " +
    "Defaults: `kind` = `ongoing` (`one_time` for a single sale); `until` omitted = the relationship is still running.",
  params: ZIdParams,
  body: ZApiAddCustomerRelationship,
  success: { status: 201, schema: ZApiCustomerRelationship, description: "The relationship." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND"],
  example: {
    request: { since: "2025-03-01T00:00:00Z", products: ["Onderhoudscontract"], optOutOfferedAtCollection: true },
  },
});

export const recordObjectionOp = defineOperation({
  id: "recordObjection",
  method: "POST",
  path: "/contacts/{id}/objections",
  scope: "objections:write",
  tag: "Consent",
  summary: "Record an objection (AVG art. 21): absolute for direct marketing, effective at once",
  description:
    "Defaults: `receivedAt` = now; `receivedVia` = `api` (how the objection reached the calling system, in its own words).",
  params: ZIdParams,
  body: ZApiRecordObjection,
  success: { status: 201, schema: ZApiObjection, description: "The objection." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND"],
  example: { request: { scope: "direct_marketing" } },
});

export const setRestrictionOp = defineOperation({
  id: "setRestriction",
  method: "POST",
  path: "/contacts/{id}/restriction",
  scope: "restrictions:manage",
  tag: "Consent",
  summary: "Restrict processing (AVG art. 18): the contact is kept but used for nothing",
  description: "Defaults: `setAt` = now.",
  params: ZIdParams,
  body: ZApiSetRestriction,
  success: { status: 201, schema: ZApiRestriction, description: "The restriction in force." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "CONFLICT"],
  example: { request: { reason: "The person contests the accuracy of the data" } },
});

export const liftRestrictionOp = defineOperation({
  id: "liftRestriction",
  method: "DELETE",
  path: "/contacts/{id}/restriction",
  scope: "restrictions:manage",
  tag: "Consent",
  summary: "Lift the restriction in force (tell the person beforehand, AVG art. 18 lid 3)",
  description: "The body is optional. Defaults: `reason` = `Lifted through the API`.",
  params: ZIdParams,
  body: ZApiLiftRestriction,
  bodyOptional: true,
  success: { status: 200, schema: ZApiRestriction, description: "The lifted restriction." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "CONFLICT"],
  example: { request: { reason: "Accuracy verified with the person" } },
});
