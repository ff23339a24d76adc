import { actorUserId } from "@/server/audit/actor";
import type { Db, Tx } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { enqueueWebhookEvent } from "@/features/webhooks";
import { lockContact } from "@/server/db/lock-contact";
import { resolvePurposeByKey } from "@/features/purposes";
import { ZWithdrawConsentInput, type TWithdrawConsentInput } from "../schemas";
import { notInFuture } from "../rules/record-rules";
import { refuseIfProblems } from "@/server/errors";
import { recordedVia } from "./plan-consent";
import { parseInput } from "@/server/validation/parse-input";

type TWithdrawn = ReturnType<typeof ZWithdrawConsentInput.parse>;

/**
 * Withdrawal (AVG art. 7 lid 3): as easy as giving consent, effective at once, and never a
 * deletion. A new record ends the consent; the earlier one stays as proof that past sends were
 * lawful. No channels = the whole purpose (every channel, also ones added later). Accepted even
 * when no consent is on file: recording a "no" can never make a send unlawful.
 */
export async function withdrawConsent(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TWithdrawConsentInput,
  opts: { now?: Date } = {},
) {
  const input = parseInput(ZWithdrawConsentInput, raw);
  const now = opts.now ?? new Date();
  const at = input.at ?? now;
  refuseIfProblems(notInFuture(at, now, "at"), false);
  return db.$transaction((tx) => withdrawConsentInTx(tx, ctx, contactId, { ...input, at }));
}

/**
 * The same withdrawal inside a transaction the caller owns, for a service whose own change must
 * commit together with it (a spam complaint: the recipient is marked and the consent withdrawn at
 * once, or neither). The input is already validated.
 */
export async function withdrawConsentInTx(
  tx: Tx,
  ctx: AuditContext,
  contactId: string,
  input: Partial<TWithdrawn> & Pick<TWithdrawn, "purpose" | "method"> & { at: Date },
) {
  const at = input.at;
  await lockContact(tx, contactId);
  const purpose = await resolvePurposeByKey(tx, input.purpose);
  const channels = [...new Set(input.channels ?? [])];
  const record = await tx.consentRecord.create({
    data: {
      contactId,
      purposeId: purpose.id,
      channels,
      action: "withdrawn",
      method: input.method,
      effectiveAt: at,
      recordedById: actorUserId(ctx),
      recordedVia: recordedVia(ctx),
      statement: input.statement,
      location: input.location,
      ip: input.ip,
      userAgent: input.userAgent,
    },
    select: { id: true, action: true, effectiveAt: true, recordedAt: true },
  });
  await writeAuditEvent(tx, ctx, {
    action: "consent.withdrawn",
    target: { type: "contact", id: contactId },
    metadata: { consentRecordId: record.id, purposeKey: purpose.key, channels, method: input.method },
  });
  await enqueueWebhookEvent(tx, "consent.withdrawn", {
    contactId,
    consentRecordId: record.id,
    purpose: purpose.key,
    channels,
    at: record.effectiveAt.toISOString(),
  });
  return record;
}
