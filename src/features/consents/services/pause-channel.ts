import type { Db, Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { lockContact } from "@/server/db/lock-contact";
import { refuseIfProblems } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";
import { enqueueWebhookEvent } from "@/features/webhooks";
import type { Channel } from "@/domain/vocabulary";
import { checkPause } from "../rules/record-rules";
import { ZPauseChannelInput, ZResumeChannelInput, type TPauseChannelInput, type TResumeChannelInput } from "../schemas";

type Web = { ip?: string | null; userAgent?: string | null };

/**
 * "No e-mail from you until 1 March": an objection for a period (AVG art. 21 lid 2-3), stored as a
 * channel opt-out with an end. It covers every marketing purpose on the channel and ends by itself;
 * the rules engine denies with `channel_paused` while it runs. A new pause replaces one that is
 * running (the earlier one is ended now, and kept).
 */
export async function pauseChannel(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TPauseChannelInput,
  opts: { now?: Date; web?: Web } = {},
) {
  const input = parseInput(ZPauseChannelInput, raw);
  const now = opts.now ?? new Date();
  refuseIfProblems(checkPause(input.until, now), false);
  return db.$transaction(async (tx) => {
    await lockContact(tx, contactId);
    const replaced = await endRunningPauses(tx, contactId, input.channel, now);
    const pause = await tx.channelOptOut.create({
      data: {
        contactId,
        channel: input.channel,
        at: now,
        until: input.until,
        via: input.via,
        ip: opts.web?.ip ?? null,
        userAgent: opts.web?.userAgent ?? null,
      },
    });
    await writeAuditEvent(tx, ctx, {
      action: "channel_pause.recorded",
      target: { type: "contact", id: contactId },
      metadata: { channelOptOutId: pause.id, channel: pause.channel, until: input.until.toISOString(), replaced },
    });
    await enqueueWebhookEvent(tx, "channel.paused", {
      contactId,
      channelOptOutId: pause.id,
      channel: pause.channel,
      from: pause.at.toISOString(),
      until: input.until.toISOString(),
    });
    return pause;
  });
}

/** "Send me e-mail again": the person ends a running pause early. Nothing running, nothing changes. */
export async function resumeChannel(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TResumeChannelInput,
  opts: { now?: Date } = {},
): Promise<{ ended: number }> {
  const input = parseInput(ZResumeChannelInput, raw);
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    await lockContact(tx, contactId);
    const ended = await endRunningPauses(tx, contactId, input.channel, now);
    if (ended === 0) return { ended };
    await writeAuditEvent(tx, ctx, {
      action: "channel_pause.ended",
      target: { type: "contact", id: contactId },
      metadata: { channel: input.channel, ended },
    });
    await enqueueWebhookEvent(tx, "channel.resumed", { contactId, channel: input.channel, at: now.toISOString() });
    return { ended };
  });
}

async function endRunningPauses(tx: Tx, contactId: string, channel: Channel, now: Date): Promise<number> {
  const { count } = await tx.channelOptOut.updateMany({
    where: { contactId, channel, until: { gt: now }, endedAt: null, at: { lte: now } },
    data: { endedAt: now },
  });
  return count;
}
