import { z } from "zod";
import { OBJECTION_SCOPES, REQUEST_TYPES } from "@/domain/vocabulary";
import {
  REQUEST_CHANNELS,
  VERIFICATION_METHODS,
  ZExportFormat,
  ZExtendRequestInput,
  ZMoment,
  ZRectifyInput,
  ZRestrictInput,
} from "../schemas";
import { ZIsoDateTime } from "@/server/http/api/common";

/**
 * Data-subject requests registered by another system (a web form, a ticket desk). The API field
 * names (subjectEmail, contactId) map onto the requests feature's schema in the adapter; identity
 * verification, deadlines and execution are that feature's services, unchanged.
 */
export const ZApiRegisterRequest = z.object({
  type: z.enum(REQUEST_TYPES),
  /** The contact the request is about, when the calling system knows it. */
  contactId: z.uuid().optional(),
  subjectEmail: z.string().trim().max(254, { error: "validation.tooLong" }).optional(),
  subjectPhone: z.string().trim().max(40, { error: "validation.tooLong" }).optional(),
  /** How to address the person in the answer; defaults to their e-mail address. */
  subjectName: z.string().trim().max(200, { error: "validation.tooLong" }).optional(),
  /** When the request reached the calling system: the one-month clock starts then (AVG art. 12 lid 3). Default: now. */
  receivedAt: ZMoment.optional(),
  channel: z.enum(REQUEST_CHANNELS).default("web_form"),
  details: z.string().trim().max(2000, { error: "validation.tooLong" }).optional(),
});
export type TApiRegisterRequest = z.output<typeof ZApiRegisterRequest>;

/** Service field -> API field, for error messages. */
export const REQUEST_FIELD_NAMES: Record<string, string> = {
  requesterEmail: "subjectEmail",
  requesterPhone: "subjectPhone",
  requesterName: "subjectName",
  requesterDetails: "details",
  "contactIds.0": "contactId",
};

export const ZApiVerifyRequest = z.object({ method: z.enum(VERIFICATION_METHODS) });
export const ZApiExtendRequest = ZExtendRequestInput.omit({ requestId: true });

/**
 * What executing needs depends on the type: a reason for a restriction, the scopes of an
 * objection (default: direct marketing), the corrected details for a rectification. Access,
 * portability and erasure need nothing.
 */
export const ZApiExecuteRequest = z.object({
  reason: ZRestrictInput.shape.reason.optional(),
  scopes: z.array(z.enum(OBJECTION_SCOPES)).min(1).optional(),
  rectification: ZRectifyInput.omit({ requestId: true }).optional(),
});
export type TApiExecuteRequest = z.output<typeof ZApiExecuteRequest>;

export const ZApiExportQuery = z.object({ format: ZExportFormat.default("json") });

export const ZApiRequest = z.object({
  id: z.uuid(),
  type: z.enum(REQUEST_TYPES),
  status: z.enum(["received", "verified", "executed", "closed", "rejected"]),
  channel: z.string(),
  receivedAt: ZIsoDateTime,
  dueAt: ZIsoDateTime,
  extensionMonths: z.int(),
  verifiedAt: ZIsoDateTime.nullable(),
  verificationMethod: z.string().nullable(),
  executedAt: ZIsoDateTime.nullable(),
  closedAt: ZIsoDateTime.nullable(),
  contactIds: z.array(z.uuid()),
  /** Where the answer goes: "given" (an address in the request), or the linked contact's own
   *  "contact_email", "contact_phone" or "contact_postal" (when the request named none). */
  replyChannel: z.enum(["given", "contact_email", "contact_phone", "contact_postal"]),
  /** What execution did, in counts and ids (never personal data). */
  executionSummary: z.record(z.string(), z.unknown()).nullable(),
});
export type TApiRequest = z.input<typeof ZApiRequest>;

export const ZApiExecuted = z.object({ request: ZApiRequest, summary: z.record(z.string(), z.unknown()) });

/** The portability export (AVG art. 20): JSON as documented here, or CSV with ?format=csv. */
export const ZApiPortabilityExport = z
  .object({ format: z.string(), generatedAt: z.string(), subjects: z.array(z.record(z.string(), z.unknown())) })
  .loose();
