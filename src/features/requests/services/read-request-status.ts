import type { Db } from "@/server/db";
import { tokenSigner } from "@/server/tokens/token-signer";
import type { TokenFailure, TokenSigner } from "@/server/tokens/signed-token";
import { verifyRequestStatusToken } from "@/server/tokens/request-token";
import { requestReference } from "@/domain/requests";
import type { RequestType } from "@/domain/vocabulary";

/** Where a request stands, in the words of the person who made it. */
export type PublicRequestStage = "awaiting_confirmation" | "in_progress" | "answered" | "refused";

export type RequestStatusView =
  | { ok: false; reason: TokenFailure | "unknown" }
  | {
      ok: true;
      reference: string;
      type: RequestType;
      stage: PublicRequestStage;
      receivedAt: Date;
      /** The latest date of the answer (AVG art. 12 lid 3), moved when the deadline was extended. */
      dueAt: Date;
      extended: boolean;
      confirmedAt: Date | null;
      answeredAt: Date | null;
    };

/**
 * The status page of a request made on the public page (AVG art. 12 lid 3: the person is told when
 * to expect the answer, and of an extension with its reason within the first month). It shows what
 * the person told us and where the request stands, nothing we found: whether we hold data about
 * them is the answer itself, which goes to the address they confirmed. A GET changes nothing.
 */
export async function readRequestStatus(
  db: Db,
  token: string,
  signer: TokenSigner = tokenSigner(),
): Promise<RequestStatusView> {
  const v = verifyRequestStatusToken(signer, token);
  if (!v.ok) return v;
  const row = await db.dataSubjectRequest.findUnique({
    where: { id: v.token.claims.r },
    select: {
      id: true,
      type: true,
      status: true,
      receivedAt: true,
      dueAt: true,
      extensionMonths: true,
      verifiedAt: true,
      responseSentAt: true,
      closedAt: true,
    },
  });
  if (!row) return { ok: false, reason: "unknown" };
  return {
    ok: true,
    reference: requestReference(row.id),
    type: row.type,
    stage: stageOf(row.status, row.verifiedAt),
    receivedAt: row.receivedAt,
    dueAt: row.dueAt,
    extended: row.extensionMonths > 0,
    confirmedAt: row.verifiedAt,
    answeredAt: row.status === "closed" ? (row.responseSentAt ?? row.closedAt) : null,
  };
}

function stageOf(status: string, verifiedAt: Date | null): PublicRequestStage {
  if (status === "rejected") return "refused";
  if (status === "closed") return "answered";
  return verifiedAt ? "in_progress" : "awaiting_confirmation";
}
