import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { tokenSigner } from "@/server/tokens/token-signer";
import type { TokenFailure, TokenSigner } from "@/server/tokens/signed-token";
import { verifyRequestVerifyToken } from "@/server/tokens/request-token";
import { useTokenOnce } from "@/server/tokens/use-token";
import { lockRequest } from "./request-guards";

export type RequestLinkState = { ok: true; requestId: string } | { ok: false; reason: TokenFailure | "used" };

/** What the page behind the link shows. A GET never changes anything (mail scanners follow links). */
export async function readRequestLink(
  db: Db,
  token: string,
  signer: TokenSigner = tokenSigner(),
): Promise<RequestLinkState> {
  const v = verifyRequestVerifyToken(signer, token);
  if (!v.ok) return v;
  const row = await db.dataSubjectRequest.findUnique({
    where: { id: v.token.claims.r },
    select: { verifiedAt: true, status: true },
  });
  if (!row) return { ok: false, reason: "expired" };
  if (row.verifiedAt || row.status === "closed" || row.status === "rejected") return { ok: false, reason: "used" };
  return { ok: true, requestId: v.token.claims.r };
}

/**
 * The requester pressed the button behind the link mailed to the address their request came from:
 * they control that address. Recorded as the identity check of the request (AVG art. 12 lid 6,
 * method `confirmed_email_link`, by the data subject; like every data-subject action, the audit
 * entry keeps no IP address), in one transaction with spending the link. A request already verified, closed or gone changes
 * nothing. The deadline does not move: it runs from receipt (art. 12 lid 3).
 */
export async function confirmRequestByLink(
  db: Db,
  token: string,
  meta: { ip: string; requestId?: string },
  opts: { now?: Date; signer?: TokenSigner } = {},
): Promise<RequestLinkState> {
  const v = verifyRequestVerifyToken(opts.signer ?? tokenSigner(), token, opts.now);
  if (!v.ok) return v;
  const now = opts.now ?? new Date();
  const requestId = v.token.claims.r;
  return db.$transaction(async (tx) => {
    const exists = await tx.dataSubjectRequest.findUnique({ where: { id: requestId }, select: { id: true } });
    if (!exists) return { ok: false as const, reason: "expired" as const };
    const request = await lockRequest(tx, requestId);
    const open = request.status !== "closed" && request.status !== "rejected";
    if (!open || request.verifiedAt || !(await useTokenOnce(tx, v.token.jti)))
      return { ok: false as const, reason: "used" as const };
    await tx.dataSubjectRequest.update({
      where: { id: requestId },
      data: { status: "verified", verifiedAt: now, verificationMethod: "confirmed_email_link", verifiedById: null },
    });
    const ctx: AuditContext = { actor: { type: "data_subject" }, request: { requestId: meta.requestId, ip: meta.ip } };
    await writeAuditEvent(tx, ctx, {
      action: "request.verified",
      target: { type: "data_subject_request", id: requestId },
      metadata: { method: "confirmed_email_link" },
    });
    return { ok: true as const, requestId };
  });
}
