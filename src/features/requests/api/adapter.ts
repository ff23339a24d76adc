import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { AppError } from "@/server/errors";
import {
  ZExtendRequestInput,
  ZRectifyInput,
  ZRegisterRequestInput,
  ZRestrictInput,
  ZVerifyRequestInput,
} from "../schemas";
import { registerRequest, UNNAMED } from "../services/register-request";
import { verifyRequest } from "../services/verify-request";
import { extendRequest } from "../services/extend-request";
import { getRequest } from "../services/get-request";
import { executeErasure } from "../services/execute-erasure";
import { executeDisclosure } from "../services/execute-disclosure";
import { executeRestriction } from "../services/execute-restriction";
import { executeObjection } from "../services/execute-objection";
import { executeRectification } from "../services/execute-rectification";
import { parseInput } from "@/server/validation/parse-input";
import { REQUEST_FIELD_NAMES, type TApiExecuteRequest, type TApiRegisterRequest, type TApiRequest } from "./schemas";
import { iso, isoOrNull } from "@/server/http/api/common";
import { withApiFieldNames } from "@/server/http/api/rename-fields";

/**
 * Data-subject requests through the requests feature's services. The adapter maps the API's
 * names onto the service's (subjectEmail -> requesterEmail, contactId -> contactIds) and parses
 * with the service's own schemas, so the rules (a way to answer, receipt not in the future, the
 * extension window) stay theirs.
 */
export async function registerRequestFromApi(db: Db, ctx: AuditContext, body: TApiRegisterRequest) {
  const input = await withApiFieldNames(REQUEST_FIELD_NAMES, async () =>
    parseInput(ZRegisterRequestInput, {
      type: body.type,
      receivedAt: body.receivedAt ?? new Date(),
      channel: body.channel,
      // The answer is addressed to this name; with none given, to the address it goes to.
      // With a known contact and no address, the service answers where we reach the contact and
      // addresses the answer to the contact's name.
      requesterName: body.subjectName || body.subjectEmail || body.subjectPhone || UNNAMED,
      requesterEmail: body.subjectEmail,
      requesterPhone: body.subjectPhone,
      requesterDetails: body.details,
      contactIds: body.contactId ? [body.contactId] : [],
    }),
  );
  const created = await withApiFieldNames(REQUEST_FIELD_NAMES, () => registerRequest(db, ctx, input));
  return getApiRequest(db, created.id);
}

export async function verifyRequestFromApi(db: Db, ctx: AuditContext, requestId: string, body: { method: string }) {
  await verifyRequest(db, ctx, parseInput(ZVerifyRequestInput, { requestId, method: body.method }));
  return getApiRequest(db, requestId);
}

export async function extendRequestFromApi(
  db: Db,
  ctx: AuditContext,
  requestId: string,
  body: { months: number; reason: string },
) {
  await extendRequest(db, ctx, parseInput(ZExtendRequestInput, { requestId, ...body }));
  return getApiRequest(db, requestId);
}

/** Executes the request with the service for its type (AVG art. 15-21). */
export async function executeRequestFromApi(db: Db, ctx: AuditContext, requestId: string, body: TApiExecuteRequest) {
  const { type } = await getRequest(db, requestId);
  let summary: object;
  switch (type) {
    case "erasure":
      summary = await executeErasure(db, ctx, { requestId });
      break;
    case "access":
    case "portability":
      summary = await executeDisclosure(db, ctx, { requestId, type });
      break;
    case "restriction":
      summary = await executeRestriction(db, ctx, parseInput(ZRestrictInput, { requestId, reason: body.reason ?? "" }));
      break;
    case "objection":
      summary = await executeObjection(db, ctx, { requestId, scopes: body.scopes ?? ["direct_marketing"] });
      break;
    case "rectification":
      if (!body.rectification) {
        throw new AppError("INVALID_INPUT", "A rectification needs the corrected details.", {
          fields: [{ field: "rectification", message: "validation.required" }],
        });
      }
      summary = await withApiFieldNames({}, () =>
        executeRectification(db, ctx, parseInput(ZRectifyInput, { requestId, ...body.rectification })),
      );
      break;
  }
  return { request: await getApiRequest(db, requestId), summary: summary as Record<string, unknown> };
}

export async function getApiRequest(db: Db, requestId: string): Promise<TApiRequest> {
  const r = await getRequest(db, requestId);
  return {
    id: r.id,
    type: r.type,
    status: r.status,
    channel: r.channel,
    receivedAt: iso(r.receivedAt),
    dueAt: iso(r.dueAt),
    extensionMonths: r.extensionMonths,
    verifiedAt: isoOrNull(r.verifiedAt),
    verificationMethod: r.verificationMethod,
    executedAt: isoOrNull(r.executedAt),
    closedAt: isoOrNull(r.closedAt),
    contactIds: r.contacts.map((c) => c.id),
    replyChannel: (r.replyChannel ?? "given") as TApiRequest["replyChannel"],
    executionSummary: (r.executionSummary as Record<string, unknown> | null) ?? null,
  };
}
