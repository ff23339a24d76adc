import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { readBodyBytes } from "@/server/http/read-body";
import { RETURNED_MAIL_MAX_BYTES } from "../returned-mail/read-returned-mail";
import { processReturnedMail } from "../services/process-returned-mail";

export async function handInReturnedMail(db: Db, ctx: AuditContext, req: Request, query: { recipient?: string }) {
  const raw = await readBodyBytes(req, RETURNED_MAIL_MAX_BYTES);
  const result = await processReturnedMail(
    db,
    { raw, envelopeRecipients: query.recipient ? [query.recipient] : [] },
    { ctx },
  );
  return { outcome: result.outcome, kind: "kind" in result ? result.kind : null };
}
