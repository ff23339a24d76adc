import { actorUserId } from "@/server/audit/actor";
import type { Db } from "@/server/db";
import type { AuditContext } from "@/server/audit/actor";
import { writeAuditEvent } from "@/server/audit/write-audit-event";
import { lockContact } from "@/server/db/lock-contact";
import { resolvePurposeByKey } from "@/features/purposes";
import { ZRecordLegalBasisInput, type TRecordLegalBasisInput } from "../schemas";
import { checkLegalBasis } from "../rules/record-rules";
import { effectiveConsentState } from "@/domain/outreach";
import { toConsentEventFacts } from "../rules/consent-records";
import { refuseIfProblems } from "@/server/errors";
import { parseInput } from "@/server/validation/parse-input";

/**
 * The legal basis for one purpose of one contact (AVG art. 6 lid 1). A new basis ends the one in
 * force for the same purpose (its `until` is set), so each purpose rests on one recorded basis.
 */
export async function recordLegalBasis(
  db: Db,
  ctx: AuditContext,
  contactId: string,
  raw: TRecordLegalBasisInput,
  opts: { now?: Date } = {},
) {
  const input = parseInput(ZRecordLegalBasisInput, raw);
  const now = opts.now ?? new Date();
  const since = input.since ?? now;
  return db.$transaction(async (tx) => {
    const contact = await lockContact(tx, contactId);
    const purpose = await resolvePurposeByKey(tx, input.purpose);
    const records = await tx.consentRecord.findMany({ where: { contactId, purposeId: purpose.id } });
    // Consent counts when it is given for at least one channel, as the outreach rules read it.
    // Whether consent was given at all: lifetimes and the first-call window are left out here.
    const facts = {
      provenance: { sourceType: contact.sourceType },
      consentEvents: toConsentEventFacts(records.map((r) => ({ ...r, purposeKey: purpose.key }))),
      calls: [],
    };
    const noLifetime = { consentLifetimeDays: null, phoneFirstCallMonths: null };
    const hasCountingConsent = purpose.channels.some(
      (channel) => effectiveConsentState(facts, { key: purpose.key }, channel, now, noLifetime).state === "given",
    );
    refuseIfProblems(
      checkLegalBasis({ ...input, since, purposeIsDirectMarketing: purpose.directMarketing, hasCountingConsent, now }),
      true,
    );
    const ended = await tx.legalBasisRecord.updateMany({
      where: {
        contactId,
        purposeId: purpose.id,
        OR: [{ until: null }, { until: { gt: since } }],
        since: { lte: since },
      },
      data: { until: since },
    });
    const basis = await tx.legalBasisRecord.create({
      data: {
        contactId,
        purposeId: purpose.id,
        basis: input.basis,
        balancingNote: input.balancingNote,
        since,
        until: input.until ?? null,
        recordedById: actorUserId(ctx),
      },
    });
    await writeAuditEvent(tx, ctx, {
      action: "legal_basis.recorded",
      target: { type: "contact", id: contactId },
      metadata: { legalBasisId: basis.id, purposeKey: purpose.key, basis: basis.basis, endedPrevious: ended.count },
    });
    return basis;
  });
}
