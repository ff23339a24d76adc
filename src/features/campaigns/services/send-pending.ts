/**
 * Sends a campaign's pending recipients, a chunk at a time. Each chunk is decided AGAIN just
 * before sending (an objection that came in a minute ago counts), and each allowed recipient goes
 * through the mail gate with the engine's permit. Status moves pending -> sent (or blocked/failed)
 * and is committed per recipient.
 *
 * Never twice: before a message is handed to SMTP its Message-ID is committed on the row. A row
 * found pending WITH a Message-ID was interrupted mid-delivery: whether the server accepted it is
 * unknown, so it is marked failed rather than sent again. With the in-app outbox the message and
 * the status commit in one transaction, so there is no such window.
 *
 * When the SMTP server answers, its answer decides (server/mail/delivery-failure.ts): a permanent
 * refusal (5xx) is recorded as failed with the server's words; a temporary one (4xx, or no
 * connection at all) leaves the row pending without a Message-ID, with the reason and the attempt
 * counted, and a later run sends it (decided again then) until MAX_DELIVERY_ATTEMPTS. A connection
 * that broke without an answer is the unknown case above: failed, never sent again.
 */
import type { Prisma } from "@generated/prisma/client";
import { effectiveConsentState, type OutreachDecision } from "@/domain/outreach";
import type { Db } from "@/server/db";
import { newMessageId, REDACTED, sendAllowedMail, type MailTransport } from "@/server/mail/gate";
import { classifyDeliveryFailure } from "@/server/mail/delivery-failure";
import { SYSTEM } from "@/server/audit/actor";
import type { Tx } from "@/server/db";
import { composeArt14Notices, insertNotice, publicPreferencesUrl, type ComposedNotice } from "@/features/notices";
import { contactsByIds } from "@/features/outreach";
import { decideFacts, loadContactFactsBatch, type DecisionContext } from "@/features/outreach";
import { getOutreachPolicy } from "@/features/outreach";
import { getPurposeById, type LoadedPurpose } from "@/features/purposes";
import { getOpenTracking } from "@/features/settings";
import { env } from "@/server/env";
import { openPixelUrl, signOpenPixelToken } from "@/server/tokens/open-pixel-token";
import { tokenSigner } from "@/server/tokens/token-signer";
import { signReturnPathToken, verpAddress } from "@/server/tokens/return-path-token";
import { querySuppression } from "@/features/outreach";
import { instanceId } from "@/server/jobs/instance";
import { compileCampaignMail, fillCampaignMail, type CompiledMail } from "../design/layout";
import { fillFields, type PersonalisationValues } from "../design/personalise";
import { addOpenPixel, trackingFor } from "../design/open-pixel";
import { LeaseLost, renewLease, type Lease } from "./campaign-lease";
import { loadMailLayout } from "./mail-layout";
import { markAddressUndeliverable } from "./mark-undeliverable";

export const SEND_CHUNK = 100;
/** Temporary refusals of one message before it is given up as failed (about a day with the retry delays). */
export const MAX_DELIVERY_ATTEMPTS = 5;

export type SendHooks = { afterSend?: (recipientId: string) => void | Promise<void> };
type CampaignToSend = {
  id: string;
  purpose: LoadedPurpose;
  commercial: boolean;
  subject: string;
  body: string;
  format: string;
  ratePerMinute: number | null;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Spaces messages out to the campaign's rate (or the organisation's): many mail servers throttle
 * or block a sender who goes faster than agreed. A chunk holds at most a minute's worth, so the
 * decisions made for it just before sending stay fresh (well inside the permit's age limit).
 */
function pacer(ratePerMinute: number) {
  const interval = 60_000 / ratePerMinute;
  const start = Date.now();
  let sent = 0;
  return {
    chunk: Math.max(1, Math.min(SEND_CHUNK, ratePerMinute)),
    async next() {
      sent++;
      const due = start + sent * interval;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
    },
  };
}

const decisionFields = (d: OutreachDecision, at: Date) => ({
  decision: d.decision,
  rule: d.rule,
  citation: d.citation,
  ruleSetVersion: d.ruleSetVersion,
  obligations: d.obligations,
  evidence: d.evidence as unknown as Prisma.InputJsonValue,
  decidedAt: at,
  contactPointId: d.contactPointId ?? null,
});

export async function sendPending(
  db: Db,
  transport: MailTransport,
  lease: Lease,
  c: CampaignToSend,
  hooks: SendHooks = {},
): Promise<void> {
  await settleInterrupted(db, transport, c.id);
  const layout = await loadMailLayout(db);
  const pace = pacer(c.ratePerMinute ?? layout.ratePerMinute);
  // A designed mail is compiled once per campaign (with a slot for a notice, when one is owed) and
  // filled per recipient.
  const compiled = new Map<boolean, Promise<CompiledMail>>();
  const design = (withNotice: boolean) => {
    let hit = compiled.get(withNotice);
    if (!hit) {
      hit = compileCampaignMail({ subject: c.subject, markdown: c.body, commercial: c.commercial, withNotice }, layout);
      compiled.set(withNotice, hit);
    }
    return hit;
  };
  const designed = c.format === "markdown";
  const policy = await getOutreachPolicy(db);
  const trackingPurpose = designed ? await openTrackingPurpose(db) : null;
  const suppression = querySuppression(db, policy.suppressionSalt);
  let after: string | undefined;
  let renewedAt = Date.now();
  // Renewed well inside LEASE_SECONDS even when the SMTP server is slow, so no other instance
  // takes over a campaign that is still being worked on.
  const keepLease = async (force = false) => {
    if (!force && Date.now() - renewedAt < 10_000) return;
    if (!(await renewLease(db, lease))) throw new LeaseLost(c.id);
    renewedAt = Date.now();
  };
  for (;;) {
    const chunk = await db.campaignRecipient.findMany({
      where: { campaignId: c.id, status: "pending", messageId: null, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: pace.chunk,
      select: { id: true, contactId: true },
    });
    if (chunk.length === 0) return;
    after = chunk[chunk.length - 1].id;
    const ctx: DecisionContext = {
      purpose: c.purpose,
      channel: "email",
      commercial: c.commercial,
      at: new Date(),
      settings: policy.settings,
    };
    const facts = await loadContactFactsBatch(
      db,
      await contactsByIds(
        db,
        chunk.map((r) => r.contactId),
      ),
      ctx.at,
      suppression,
    );
    const byContact = new Map(facts.map((f) => [f.id, f]));
    const fields = designed
      ? await personalisationOf(
          db,
          chunk.map((r) => r.contactId),
        )
      : new Map();
    const decided = new Map(facts.map((f) => [f.id, decideFacts(f, ctx)]));
    // AVG art. 14 lid 3 sub b: whoever is still owed the notice gets it with this message.
    const notices = await composeArt14Notices(
      db,
      [...decided.values()]
        .filter(({ permit, decision }) => permit && decision.obligations.includes("art14_notice"))
        .map((d) => d.contactId),
    );
    for (const r of chunk) {
      const f = byContact.get(r.contactId);
      if (!f) continue; // erased meanwhile: the recipient row went with the contact (cascade)
      const { decision, permit } = decided.get(r.contactId)!;
      if (!permit) {
        await db.campaignRecipient.updateMany({
          where: { id: r.id, status: "pending" },
          data: { status: "blocked", ...decisionFields(decision, ctx.at), handledBy: instanceId() },
        });
        continue;
      }
      // ePrivacy art. 5 lid 3 (Tw art. 11.7a): the pixel only for whoever consented to the
      // tracking purpose, read by the same consent reading the rules engine uses.
      const tracking = trackingFor({
        enabled: trackingPurpose !== null,
        designed,
        consentGiven:
          trackingPurpose !== null &&
          effectiveConsentState(f, trackingPurpose, "email", ctx.at, policy.settings).state === "given",
      });
      const pixelUrl = tracking === "on" ? openPixelUrl(env.APP_URL, signOpenPixelToken(tokenSigner(), r.id)) : null;
      const messageId = newMessageId();
      const claimed = await db.campaignRecipient.updateMany({
        where: { id: r.id, status: "pending", messageId: null },
        data: { messageId, ...decisionFields(decision, ctx.at), handledBy: instanceId(), tracking },
      });
      if (claimed.count === 0) continue;
      const notice = decision.obligations.includes("art14_notice") ? notices.get(r.contactId) : undefined;
      const values: PersonalisationValues = fields.get(r.contactId) ?? {};
      const compiledMail = designed ? await design(notice !== undefined) : null;
      const message = {
        contactId: r.contactId,
        purposeKey: c.purpose.key,
        commercial: c.commercial,
        subject: designed ? fillFields(c.subject, values, "text") : c.subject,
        text: designed ? "" : c.body,
        recipientId: r.id,
        messageId,
        // Bounces and complaints come back to the return path, addressed to this recipient.
        ...(layout.returnPath
          ? { envelopeFrom: verpAddress(layout.returnPath, signReturnPathToken(tokenSigner(), r.id)) }
          : {}),
        ...(notice
          ? { notice: ({ preferencesUrl }: { preferencesUrl: string }) => notice.text({ preferences: preferencesUrl }) }
          : {}),
        ...(compiledMail
          ? {
              render: (links: Parameters<typeof fillCampaignMail>[2]) => {
                const filled = fillCampaignMail(compiledMail, values, links);
                // The HTML part only: the text part never carries a pixel.
                return pixelUrl ? { ...filled, html: addOpenPixel(filled.html, pixelUrl) } : filled;
              },
            }
          : {}),
      };
      try {
        if (transport.kind === "outbox") {
          await db.$transaction(async (tx) => {
            const sent = await sendAllowedMail(tx, transport, permit, message);
            await markSent(tx, c.id, r, sent.to, notice);
          });
        } else {
          const sent = await sendAllowedMail(db, transport, permit, message);
          await db.$transaction((tx) => markSent(tx, c.id, r, sent.to, notice));
        }
      } catch (error) {
        await recordFailure(db, transport, r.id, messageId, error);
      }
      await hooks.afterSend?.(r.id);
      await pace.next();
      await keepLease();
    }
    await keepLease(true);
  }
}

/** The purpose whose consent the open pixel needs, or null when open tracking is off. */
async function openTrackingPurpose(db: Db): Promise<LoadedPurpose | null> {
  const setting = await getOpenTracking(db);
  if (!setting.enabled || !setting.purposeId) return null;
  return getPurposeById(db, setting.purposeId).catch(() => null);
}

/** First name, last name and company of each contact, for the personalisation fields. */
async function personalisationOf(db: Db, ids: string[]): Promise<Map<string, PersonalisationValues>> {
  const rows = await db.contact.findMany({
    where: { id: { in: ids } },
    select: { id: true, firstName: true, lastName: true, company: { select: { name: true } } },
  });
  return new Map(
    rows.map((r) => [r.id, { firstName: r.firstName, lastName: r.lastName, company: r.company?.name ?? null }]),
  );
}

/**
 * The recipient is sent; a notice that went with the message is recorded in the same transaction
 * (AVG art. 5 lid 2: we can show the person was told, and the next message does not repeat it).
 */
async function markSent(
  tx: Tx,
  campaignId: string,
  r: { id: string; contactId: string },
  to: string,
  notice: ComposedNotice | undefined,
) {
  const sentAt = new Date();
  // A temporary refusal before this attempt is history now; the attempts count keeps it. The
  // bounce is cleared with it: on a sent mail it means what a later report said (the figures
  // count a sent recipient as delivered, deferred or bounced, once).
  await tx.campaignRecipient.update({
    where: { id: r.id },
    data: { status: "sent", sentAt, toAddress: to, error: null, bounce: null, attempts: { increment: 1 } },
  });
  if (!notice) return;
  await insertNotice(tx, SYSTEM, {
    contactId: r.contactId,
    kind: "art14",
    channel: "email",
    givenAt: sentAt,
    recordedVia: "campaign",
    campaignId,
    // The personal preference link lets its holder act as the person: not kept.
    text: notice.text({ preferences: `${publicPreferencesUrl()}/${REDACTED}` }),
  });
}

/**
 * A delivery that did not succeed. Over SMTP the server's answer says whether it may be tried
 * again (see the top of this file); with the outbox the failure is the database's, and the row is
 * marked failed with its reason as before.
 */
async function recordFailure(db: Db, transport: MailTransport, id: string, messageId: string, error: unknown) {
  const failure =
    transport.kind === "smtp"
      ? classifyDeliveryFailure(error)
      : {
          kind: "permanent" as const,
          reason: error instanceof Error ? error.message.slice(0, 500) : "delivery failed",
        };
  const { attempts, contactPointId } = await db.campaignRecipient.findUniqueOrThrow({
    where: { id },
    select: { attempts: true, contactPointId: true },
  });
  const retry = failure.kind === "temporary" && attempts + 1 < MAX_DELIVERY_ATTEMPTS;
  const reason =
    failure.kind === "temporary" && !retry
      ? `Given up after ${attempts + 1} temporary refusals. ${failure.reason}`.slice(0, 500)
      : failure.reason;
  // What the mail server said, for the report: 5xx is a hard bounce, 4xx a soft one (deferred).
  const bounce = failure.smtpCode === undefined ? null : failure.smtpCode >= 500 ? "hard" : "soft";
  await db.$transaction(async (tx) => {
    const updated = await tx.campaignRecipient.updateMany({
      where: { id, status: "pending", messageId },
      data: retry
        ? { messageId: null, error: reason, attempts: { increment: 1 }, bounce }
        : { status: "failed", error: reason, attempts: { increment: 1 }, bounce },
    });
    if (updated.count === 0 || bounce !== "hard" || !contactPointId) return;
    await markAddressUndeliverable(tx, SYSTEM, {
      emailAddressId: contactPointId,
      recipientId: id,
      reason: failure.reason,
      smtpCode: failure.smtpCode,
      via: "smtp_reply",
    });
  });
}

/** Rows left pending with a Message-ID by a crash (see above). */
async function settleInterrupted(db: Db, transport: MailTransport, campaignId: string) {
  const stuck = await db.campaignRecipient.findMany({
    where: { campaignId, status: "pending", messageId: { not: null } },
    select: { id: true },
  });
  for (const { id } of stuck) {
    if (transport.kind === "outbox") {
      // The outbox row and the status commit together: no row means nothing went out.
      const inOutbox = await db.outboxMessage.findFirst({ where: { recipientId: id }, select: { id: true } });
      if (inOutbox) await db.campaignRecipient.update({ where: { id }, data: { status: "sent", sentAt: new Date() } });
      else await db.campaignRecipient.update({ where: { id }, data: { messageId: null } });
    } else {
      await db.campaignRecipient.update({
        where: { id },
        data: { status: "failed", error: "Interrupted during delivery; not sent again to avoid a duplicate." },
      });
    }
  }
}
