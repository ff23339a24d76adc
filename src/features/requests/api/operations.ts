import { defineOperation } from "@/server/http/api/operation";
import { ZIdParams } from "@/server/http/api/params";
import {
  ZApiExecuted,
  ZApiExecuteRequest,
  ZApiExportQuery,
  ZApiExtendRequest,
  ZApiPortabilityExport,
  ZApiRegisterRequest,
  ZApiRequest,
  ZApiVerifyRequest,
} from "./schemas";

export const registerRequestOp = defineOperation({
  id: "registerRequest",
  method: "POST",
  path: "/requests",
  scope: "requests:register",
  tag: "Requests",
  summary: "Register a data-subject request; the one-month clock starts at receipt (AVG art. 12 lid 3)",
  description:
    "Give a way to answer the person: `subjectEmail`, `subjectPhone` or `details` (a postal address). With a `contactId` and none of " +
    "these, the answer goes where we already reach that contact (their personal e-mail address, else another e-mail address, else a " +
    "phone number, else the postal address); the response's `replyChannel` says which (`contact_email`, `contact_phone`, " +
    "`contact_postal`, or `given`). Either way the person's identity must be verified (`/requests/{id}/verify`) before the request " +
    "is executed (AVG art. 12 lid 6). Defaults: `receivedAt` = now (the one-month clock starts then, art. 12 lid 3), `channel` = " +
    "`web_form`, `subjectName` = the contact's name, else the address given.",
  body: ZApiRegisterRequest,
  success: { status: 201, schema: ZApiRequest, description: "The request with its due date." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND"],
  example: { request: { type: "erasure", subjectEmail: "joost@bakkerij-visser.nl", channel: "web_form" } },
});

export const getRequestOp = defineOperation({
  id: "getRequest",
  method: "GET",
  path: "/requests/{id}",
  scope: "requests:register",
  tag: "Requests",
  summary: "The status of a request",
  params: ZIdParams,
  success: { status: 200, schema: ZApiRequest, description: "The request." },
  problems: ["FORBIDDEN", "NOT_FOUND"],
});

export const verifyRequestOp = defineOperation({
  id: "verifyRequest",
  method: "POST",
  path: "/requests/{id}/verify",
  scope: "requests:manage",
  tag: "Requests",
  summary: "Record how the requester's identity was verified (AVG art. 12 lid 6)",
  params: ZIdParams,
  body: ZApiVerifyRequest,
  success: { status: 200, schema: ZApiRequest, description: "The verified request." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "CONFLICT"],
  example: { request: { method: "reply_from_known_email" } },
});

export const extendRequestOp = defineOperation({
  id: "extendRequest",
  method: "POST",
  path: "/requests/{id}/extend",
  scope: "requests:manage",
  tag: "Requests",
  summary: "Extend the deadline by one or two months, with the reason to tell the person",
  params: ZIdParams,
  body: ZApiExtendRequest,
  success: { status: 200, schema: ZApiRequest, description: "The request with its new due date." },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "UNLAWFUL"],
  example: { request: { months: 2, reason: "Many systems hold data about this person; collecting it takes longer." } },
});

export const executeRequestOp = defineOperation({
  id: "executeRequest",
  method: "POST",
  path: "/requests/{id}/execute",
  scope: "requests:manage",
  tag: "Requests",
  summary: "Execute a verified request (access, portability, erasure, restriction, objection, rectification)",
  description:
    "An erasure deletes the linked contacts and everything about them in one transaction and puts their addresses on the suppression list; " +
    "afterwards GET /contacts/{id} answers 404. A restriction needs `reason`; an objection takes `scopes` (default direct_marketing); " +
    "a rectification needs `rectification`. The body is optional for the other types.",
  params: ZIdParams,
  body: ZApiExecuteRequest,
  bodyOptional: true,
  success: {
    status: 200,
    schema: ZApiExecuted,
    description: "The request and what execution did (counts and ids only).",
  },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "UNLAWFUL"],
});

export const exportRequestOp = defineOperation({
  id: "exportRequest",
  method: "GET",
  path: "/requests/{id}/export",
  scope: "requests:manage",
  tag: "Requests",
  summary: "The portability export (AVG art. 20) as JSON or CSV",
  description:
    "For verified access and portability requests. Consents come as Kantara v1.1 receipts and ISO/IEC TS 27560 records with DPV terms. " +
    "Defaults: `format` = `json` (`csv` for a spreadsheet).",
  params: ZIdParams,
  query: ZApiExportQuery,
  success: {
    status: 200,
    schema: ZApiPortabilityExport,
    description: "The export.",
    alternateContentTypes: ["text/csv"],
  },
  problems: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "UNLAWFUL"],
});
