import type { Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import type { Channel, NoticeKind, NoticeRecordedVia } from "@/domain/vocabulary";

const NOTICE_FIELDS = {
  id: true,
  kind: true,
  channel: true,
  givenAt: true,
  recordedAt: true,
  recordedVia: true,
} as const;

export type NoticeToInsert = {
  contactId: string;
  kind: NoticeKind;
  channel: Channel;
  givenAt: Date;
  recordedVia: NoticeRecordedVia;
  recordedById?: string | null;
  apiKeyId?: string | null;
  campaignId?: string | null;
  callLogId?: string | null;
  /** The text as given, without links that act for the person; null when we do not know it. */
  text?: string | null;
};

/**
 * The one way a notice is stored (contact page, API, campaign mail, call log), inside the
 * caller's transaction, with its audit entry: the notice and the message or call that gave it
 * commit together, or neither does. Append-only (a database trigger refuses changes).
 */
export async function insertNotice(tx: Tx, ctx: AuditContext, n: NoticeToInsert) {
  const notice = await tx.contactNotice.create({ data: toRow(n), select: NOTICE_FIELDS });
  await writeAuditEvent(tx, ctx, {
    action: "notice.recorded",
    target: { type: "contact", id: n.contactId },
    metadata: {
      noticeId: notice.id,
      kind: n.kind,
      channel: n.channel,
      recordedVia: n.recordedVia,
      ...(n.campaignId ? { campaignId: n.campaignId } : {}),
      ...(n.callLogId ? { callLogId: n.callLogId } : {}),
    },
  });
  return notice;
}

/**
 * Many notices given by one mailing (a print file): one statement and one audit entry naming the
 * mailing; each row names the mailing too, so every person's notice can be traced to it.
 */
export async function insertMailingNotices(tx: Tx, ctx: AuditContext, campaignId: string, notices: NoticeToInsert[]) {
  if (notices.length === 0) return 0;
  const { count } = await tx.contactNotice.createMany({ data: notices.map(toRow) });
  await writeAuditEvent(tx, ctx, {
    action: "notice.recorded",
    target: { type: "campaign", id: campaignId },
    metadata: { count, kind: notices[0].kind, channel: notices[0].channel, recordedVia: notices[0].recordedVia },
  });
  return count;
}

function toRow(n: NoticeToInsert) {
  return {
    contactId: n.contactId,
    kind: n.kind,
    channel: n.channel,
    givenAt: n.givenAt,
    recordedVia: n.recordedVia,
    recordedById: n.recordedById ?? null,
    apiKeyId: n.apiKeyId ?? null,
    campaignId: n.campaignId ?? null,
    callLogId: n.callLogId ?? null,
    text: n.text ?? null,
  };
}
