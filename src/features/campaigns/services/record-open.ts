import type { Db } from "@/server/db";
import { SYSTEM } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { effectiveConsentState } from "@/domain/outreach";
import { loadContactDecisionInputs } from "@/features/outreach";
import { getPurposeById } from "@/features/purposes";
import { getOpenTracking } from "@/features/settings";
import { verifyOpenPixelToken } from "@/server/tokens/open-pixel-token";
import type { TokenSigner } from "@/server/tokens/signed-token";

/**
 * A fetch of a mail's open pixel. Only the first open is stored (AVG art. 5 lid 1 sub c), and only
 * while open tracking is still on and the person's consent for its purpose is still in force: a
 * withdrawal stops the measuring at once, also for mails sent before it (ePrivacy art. 5 lid 3).
 * Answers nothing: the caller replies the same for every token, valid or not.
 */
export async function recordOpen(db: Db, signer: TokenSigner, token: unknown, now = new Date()): Promise<void> {
  const verified = verifyOpenPixelToken(signer, token, now);
  if (!verified.ok) return;
  const recipient = await db.campaignRecipient.findUnique({
    where: { id: verified.token.claims.r },
    select: { id: true, campaignId: true, contactId: true, tracking: true, openedAt: true },
  });
  if (!recipient || recipient.tracking !== "on" || recipient.openedAt) return;
  const setting = await getOpenTracking(db);
  if (!setting.enabled || !setting.purposeId) return;
  const purpose = await getPurposeById(db, setting.purposeId).catch(() => null);
  if (!purpose) return;
  const loaded = await loadContactDecisionInputs(db, recipient.contactId, { at: now }).catch(() => null);
  if (!loaded || effectiveConsentState(loaded.facts, purpose, "email", now, loaded.policy.settings).state !== "given")
    return;
  await db.$transaction(async (tx) => {
    const updated = await tx.campaignRecipient.updateMany({
      where: { id: recipient.id, tracking: "on", openedAt: null },
      data: { openedAt: now },
    });
    if (updated.count === 0) return;
    await writeAuditEvent(tx, SYSTEM, {
      action: "campaign.recipient_opened",
      target: { type: "campaign", id: recipient.campaignId },
      metadata: { recipientId: recipient.id },
    });
  });
}
