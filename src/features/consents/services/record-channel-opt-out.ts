import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { enqueueWebhookEvent } from "@/features/webhooks";
import { lockContact } from "@/server/db/lock-contact";
import { ZChannelOptOutInput, type TChannelOptOutInput } from "../schemas";
import { notInFuture } from "../rules/record-rules";
import { refuseIfProblems } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";

/** "No more e-mail from you at all": a withdrawal for one channel across every purpose (art. 7 lid 3, art. 21). */
export async function recordChannelOptOut(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TChannelOptOutInput,
  opts: { now?: Date } = {},
) {
  const input = parseInput(ZChannelOptOutInput, raw);
  const now = opts.now ?? new Date();
  const at = input.at ?? now;
  refuseIfProblems(notInFuture(at, now, "at"), false);
  return db.$transaction(async (tx) => {
    await lockContact(tx, contactId);
    const optOut = await tx.channelOptOut.create({ data: { contactId, channel: input.channel, at, via: input.via } });
    await writeAuditEvent(tx, ctx, {
      action: "channel_opt_out.recorded",
      target: { type: "contact", id: contactId },
      metadata: { channelOptOutId: optOut.id, channel: optOut.channel },
    });
    await enqueueWebhookEvent(tx, "consent.withdrawn", {
      contactId,
      channelOptOutId: optOut.id,
      purpose: null,
      channels: [optOut.channel],
      at: optOut.at.toISOString(),
    });
    return optOut;
  });
}
