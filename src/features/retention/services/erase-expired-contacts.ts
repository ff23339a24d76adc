import type { Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { judgeRetention, type RetentionPolicy } from "@/domain/retention";
import { eraseContacts } from "@/features/requests";
import { suppressIdentifiers } from "@/features/requests";
import { contactErasedData, enqueueWebhookEvent } from "@/features/webhooks";
import { findProcessorsToNotify } from "@/features/processors";
import { loadRetentionFacts } from "./load-retention-facts";

/**
 * Erases contacts past their retention, inside the caller's transaction, through the same erasure
 * service a data-subject request uses: every row about them, suppression hashes so they do not
 * come back through an import, the webhook that tells receiving systems (art. 19) and an audit
 * entry per contact. The facts are read again first: a legal hold, a new consent or an open
 * request that arrived since the proposal keeps the contact.
 */
export async function eraseExpiredContacts(
  tx: Tx,
  ctx: AuditContext,
  input: { contactIds: string[]; policy: RetentionPolicy; proposalId: string; onlyAutomatic?: boolean },
  now: Date,
) {
  const facts = await loadRetentionFacts(tx, input.contactIds);
  const reasons = new Map<string, string>();
  for (const [id, f] of facts) {
    const verdict = judgeRetention(f, input.policy, now);
    if (verdict.kind !== "expired") continue;
    if (input.onlyAutomatic && !verdict.automaticAllowed) continue;
    reasons.set(id, verdict.reason);
  }
  const ids = [...reasons.keys()];
  if (ids.length === 0) return { erased: 0, rows: {}, processorsToNotify: [] as { id: string; name: string }[] };
  // Art. 19: whom to tell, read while the records that tie the people to purposes still exist.
  const processorsToNotify = await findProcessorsToNotify(tx, ids);
  await rememberProcessorsToNotify(tx, input.proposalId, processorsToNotify);
  const { counts, addresses, numbers } = await eraseContacts(tx, ids);
  const suppressed = await suppressIdentifiers(tx, [...addresses, ...numbers], null);
  for (const contactId of ids) {
    await writeAuditEvent(tx, ctx, {
      action: "contact.erased",
      target: { type: "contact", id: contactId },
      metadata: { retentionProposalId: input.proposalId, reason: reasons.get(contactId) },
    });
  }
  await writeAuditEvent(tx, ctx, {
    action: "retention.erased",
    target: { type: "retention_proposal", id: input.proposalId },
    metadata: {
      contacts: ids.length,
      rows: counts,
      suppressionEntries: suppressed,
      processorsToNotify: processorsToNotify.map((p) => p.id),
    },
  });
  await enqueueWebhookEvent(
    tx,
    "contact.erased",
    contactErasedData({
      requestId: null,
      retentionProposalId: input.proposalId,
      contactIds: ids,
      identifiers: [...addresses, ...numbers],
      erasedAt: now,
    }),
  );
  return { erased: ids.length, rows: counts, processorsToNotify };
}

/** Kept on the proposal (which may erase in more than one go) so the officer can mark each as told. */
async function rememberProcessorsToNotify(tx: Tx, proposalId: string, found: { id: string; name: string }[]) {
  const proposal = await tx.retentionProposal.findUniqueOrThrow({
    where: { id: proposalId },
    select: { processorsToNotify: true },
  });
  const known = (proposal.processorsToNotify ?? []) as { id: string; name: string }[];
  const merged = [...known, ...found.filter((p) => !known.some((k) => k.id === p.id))];
  if (merged.length === known.length) return;
  await tx.retentionProposal.update({ where: { id: proposalId }, data: { processorsToNotify: merged } });
}
