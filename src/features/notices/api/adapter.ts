import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { recordNotice } from "../services/record-notice";
import type { TRecordNoticeInput } from "../schemas";
import { iso } from "@/server/http/api/common";

/** A notice given (AVG art. 14), recorded through the notices feature's service, as the API shows it. */
export async function recordNoticeFromApi(db: Db, ctx: AuditContext, contactId: string, body: TRecordNoticeInput) {
  const n = await recordNotice(db, ctx, contactId, body);
  return {
    id: n.id,
    contactId,
    kind: n.kind,
    channel: n.channel,
    givenAt: iso(n.givenAt),
    recordedAt: iso(n.recordedAt),
    recordedVia: n.recordedVia,
  };
}
