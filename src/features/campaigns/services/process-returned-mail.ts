/**
 * A mail that came back to the campaign return path: a bounce report (DSN, RFC 3464) or a spam
 * complaint relayed by a mailbox provider (ARF, RFC 5965). Both ways in (the SMTP receiver and the
 * API) call this. Nothing of the mail itself is stored: only what it means for the recipient.
 *
 * The campaign recipient is found from the signed token in the envelope recipient (VERP: the
 * message went out as bounces+<token>@...), else from the original Message-ID in the returned
 * headers. Then, in one transaction with its audit event:
 * - hard bounce: the recipient is marked bounced (its status stays "sent": the mail did leave)
 *   and the address is flagged undeliverable, as a 5xx answer at hand-over does;
 * - soft bounce: marked soft, unless it was hard already (a later report never downgrades);
 * - complaint: the moment is kept and consent for the campaign's purpose is withdrawn on every
 *   channel, exactly as the unsubscribe link does. A complaint is the person telling their
 *   provider they do not want this mail; direct marketing stops on objection (AVG art. 21 lid 3).
 *   The withdrawal records where it came from.
 * The same report twice changes nothing the second time.
 */
import { classifyReturnedMail, type ReturnedMailReport } from "@/domain/returned-mail";
import type { Prisma } from "@generated/prisma/client";
import type { Db, Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { logger } from "@/server/logger";
import type { TokenSigner } from "@/server/tokens/signed-token";
import { tokenSigner } from "@/server/tokens/token-signer";
import { matchReturnPath, verifyReturnPathToken } from "@/server/tokens/return-path-token";
import { withdrawConsentInTx } from "@/features/consents";
import { readReturnedMail } from "../returned-mail/read-returned-mail";
import { readReturnPath } from "../returned-mail/return-path-setting";
import { markAddressUndeliverable } from "./mark-undeliverable";

/** Who acts: the mail system, on the word of the receiving server or the person's provider. */
const RETURNED_MAIL: AuditContext = { actor: { type: "system", id: "returned-mail" } };

export type ProcessReturnedMailInput = {
  /** The whole message as it arrived (RFC 822). */
  raw: Buffer;
  /** The envelope recipient(s), when known: the return path with the recipient's token. */
  envelopeRecipients?: string[];
  /**
   * The return-path setting as the caller read it for this mail (the SMTP receiver reads it once,
   * to accept the recipients); read here when not given.
   */
  returnPath?: string | null;
};

export type ProcessReturnedMailResult =
  | { outcome: "ignored"; why: string }
  | { outcome: "unmatched"; kind: ReportKind }
  | { outcome: "recorded" | "unchanged"; kind: ReportKind; recipientId: string };

type ReportKind = "hard_bounce" | "soft_bounce" | "complaint";

export async function processReturnedMail(
  db: Db,
  input: ProcessReturnedMailInput,
  opts: { now?: Date; signer?: TokenSigner; ctx?: AuditContext } = {},
): Promise<ProcessReturnedMailResult> {
  const now = opts.now ?? new Date();
  // Through the API, the key that delivered the report is named; from the SMTP receiver, the system.
  const ctx = opts.ctx ?? RETURNED_MAIL;
  const parsed = await readReturnedMail(input.raw);
  const report: ReturnedMailReport = parsed
    ? classifyReturnedMail(parsed)
    : { kind: "not_a_report", why: "unreadable" };
  if (report.kind === "not_a_report") {
    // An auto-reply, a person answering, or junk: nothing to do. The log names no one.
    logger.info("returned mail ignored: not a bounce or complaint report", { why: report.why });
    return { outcome: "ignored", why: report.why };
  }
  const returnPath = input.returnPath !== undefined ? input.returnPath : await readReturnPath(db);
  const recipient = await findRecipient(db, returnPath, input.envelopeRecipients ?? [], report.originalMessageId, {
    now,
    signer: opts.signer ?? tokenSigner(),
  });
  if (!recipient) {
    logger.info("returned mail ignored: no campaign recipient matches it", { kind: report.kind });
    return { outcome: "unmatched", kind: report.kind };
  }
  const changed = await db.$transaction(async (tx) => {
    const current = await tx.campaignRecipient.findUnique({
      where: { id: recipient.id },
      select: {
        id: true,
        campaignId: true,
        contactId: true,
        contactPointId: true,
        campaign: { select: { purpose: { select: { key: true } } } },
      },
    });
    // Erased meanwhile (the row goes with the contact): nothing left to mark, and no reason for the
    // sending server to try again.
    if (!current) return false;
    if (report.kind !== "complaint")
      return recordBounce(tx, ctx, current, report.kind === "hard_bounce" ? "hard" : "soft", report.status, now);
    const updated = await tx.campaignRecipient.updateMany({
      where: { id: current.id, complainedAt: null },
      data: { complainedAt: now },
    });
    if (updated.count === 0) return false;
    await writeAuditEvent(tx, ctx, {
      action: "campaign.recipient_complained",
      target: { type: "campaign", id: current.campaignId },
      metadata: { recipientId: current.id, feedbackType: report.feedbackType, provider: report.provider },
    });
    // The evidence says where the objection came from; the person's own words are not in a
    // feedback report, so there is no statement. Recorded even when the contact had no consent
    // on file, as the unsubscribe link does: a recorded "no" can never make a send unlawful.
    await withdrawConsentInTx(tx, ctx, current.contactId, {
      purpose: current.campaign.purpose.key,
      method: "spam_complaint",
      location:
        `Spam complaint: feedback report (${report.feedbackType}) from ` +
        `${report.provider ?? "an unnamed mailbox provider"}, arrived ${now.toISOString()}`,
      at: now,
    });
    return true;
  });
  return { outcome: changed ? "recorded" : "unchanged", kind: report.kind, recipientId: recipient.id };
}

/**
 * Which earlier marks a bounce of each kind may replace. Guarded in the update itself, so that two
 * deliveries of one report at once change it once. A hard bounce replaces a soft one; a soft one
 * replaces nothing (a later report never downgrades).
 */
const BOUNCE_REPLACES = {
  hard: { OR: [{ bounce: null }, { bounce: { not: "hard" } }] },
  soft: { bounce: null },
} satisfies Record<"hard" | "soft", Prisma.CampaignRecipientWhereInput>;

/**
 * Marks the recipient bounced, with its audit event; a hard bounce also flags the address
 * undeliverable, as a 5xx answer at hand-over does. False when the mark was there already.
 */
async function recordBounce(
  tx: Tx,
  ctx: AuditContext,
  current: { id: string; campaignId: string; contactPointId: string | null },
  bounce: "hard" | "soft",
  status: string | null,
  now: Date,
): Promise<boolean> {
  const updated = await tx.campaignRecipient.updateMany({
    where: { id: current.id, ...BOUNCE_REPLACES[bounce] },
    data: { bounce },
  });
  if (updated.count === 0) return false;
  await writeAuditEvent(tx, ctx, {
    action: "campaign.recipient_bounced",
    target: { type: "campaign", id: current.campaignId },
    metadata: { recipientId: current.id, bounce, status },
  });
  if (bounce === "hard" && current.contactPointId)
    await markAddressUndeliverable(tx, ctx, {
      emailAddressId: current.contactPointId,
      recipientId: current.id,
      reason: `A bounce report said the mail server refused it for good (status ${status ?? "5.x.x"}).`,
      status,
      via: "bounce_report",
      at: now,
    });
  return true;
}

async function findRecipient(
  db: Db,
  returnPath: string | null,
  envelopeRecipients: string[],
  originalMessageId: string | null,
  opts: { now: Date; signer: TokenSigner },
): Promise<{ id: string } | null> {
  for (const address of envelopeRecipients) {
    const token = returnPath ? matchReturnPath(returnPath, address)?.token : null;
    const id = token ? verifyReturnPathToken(opts.signer, token, opts.now) : null;
    if (!id) continue;
    const found = await db.campaignRecipient.findUnique({ where: { id }, select: { id: true } });
    if (found) return found;
  }
  if (!originalMessageId) return null;
  return db.campaignRecipient.findFirst({ where: { messageId: originalMessageId }, select: { id: true } });
}
