import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";

/**
 * One attachment's bytes, for viewing or download. Each access is written to the audit trail:
 * a card scan is personal data, and who looked at it is part of accountability (AVG art. 5 lid 2).
 */
export async function getConsentAttachment(db: Db, ctx: AuditContext, attachmentId: string) {
  return db.$transaction(async (tx) => {
    const attachment = await tx.consentAttachment.findUnique({
      where: { id: attachmentId },
      select: {
        id: true,
        fileName: true,
        mimeType: true,
        size: true,
        sha256: true,
        data: true,
        consentRecord: { select: { id: true, contactId: true } },
      },
    });
    if (!attachment) return null;
    await writeAuditEvent(tx, ctx, {
      action: "consent_attachment.viewed",
      target: { type: "contact", id: attachment.consentRecord.contactId },
      metadata: { attachmentId: attachment.id, consentRecordId: attachment.consentRecord.id },
    });
    return attachment;
  });
}
