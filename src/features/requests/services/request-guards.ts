import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import type { RequestType } from "@/domain/vocabulary";

export function notFound(): AppError {
  return new AppError("NOT_FOUND", "This request does not exist.", { key: "requests.errors.notFound" });
}

/**
 * Loads a request for a state change and locks its row for the rest of the transaction, so that
 * two people pressing "execute" at once cannot both run it.
 */
export async function lockRequest(tx: Tx, requestId: string) {
  await tx.$queryRaw`SELECT "id" FROM "DataSubjectRequest" WHERE "id" = ${requestId}::uuid FOR UPDATE`;
  const request = await tx.dataSubjectRequest.findUnique({
    where: { id: requestId },
    include: { contacts: { select: { contactId: true } } },
  });
  if (!request) throw notFound();
  return request;
}
export type LockedRequest = Awaited<ReturnType<typeof lockRequest>>;

export function assertOpen(request: LockedRequest): void {
  if (request.status === "closed" || request.status === "rejected") {
    throw new AppError("CONFLICT", "This request has already been closed.", { key: "requests.errors.closed" });
  }
}

/**
 * Nothing is disclosed or changed for someone whose identity was not checked (AVG art. 12 lid 6):
 * sending a person's data to an impostor would itself be a data breach.
 */
export function assertVerified(request: LockedRequest): void {
  if (!request.verifiedAt || request.status === "received") {
    throw new AppError("UNLAWFUL", "Verify the requester's identity before executing the request (GDPR art. 12(6)).", {
      key: "requests.errors.notVerified",
    });
  }
}

/** Locks a verified, open request of the expected type, ready to execute. */
export async function lockForExecution(
  tx: Tx,
  requestId: string,
  type: RequestType,
  opts: { repeatable?: boolean } = {},
) {
  const request = await lockRequest(tx, requestId);
  if (request.type !== type) {
    throw new AppError("CONFLICT", `This is a ${request.type} request, not ${type}.`, {
      key: "requests.errors.wrongType",
    });
  }
  assertOpen(request);
  assertVerified(request);
  if (request.status === "executed" && !opts.repeatable) {
    throw new AppError("CONFLICT", "This request has already been executed.", {
      key: "requests.errors.alreadyExecuted",
    });
  }
  return request;
}

/** Disclosures (report, export) need a verified request that has not been erased or rejected. */
export function assertMayDisclose(request: { status: string; verifiedAt: Date | null; type: string }): void {
  if (!request.verifiedAt || request.status === "received") {
    throw new AppError("UNLAWFUL", "Verify the requester's identity before disclosing anything (GDPR art. 12(6)).", {
      key: "requests.errors.notVerified",
    });
  }
  if (request.status === "rejected") {
    throw new AppError("CONFLICT", "This request was rejected.", { key: "requests.errors.closed" });
  }
}
