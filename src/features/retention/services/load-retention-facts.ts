import type { Db, Tx } from "@/server/db";
import { activityCutoff, type RetentionFacts, type RetentionPolicy } from "@/domain/retention";

/** The organisation's retention policy as the pure rules read it. */
export async function loadRetentionPolicy(db: Db | Tx) {
  const [settings, purposes] = await Promise.all([
    db.organisationSettings.findUniqueOrThrow({
      where: { id: 1 },
      select: {
        retentionMonthsWithoutBasis: true,
        customerExceptionMonthsAfterEnd: true,
        consentLifetimeDays: true,
        eraseWhenConsentOnlyWithdrawn: true,
        withdrawalGraceDays: true,
        retentionAutoErase: true,
      },
    }),
    db.purpose.findMany({ select: { id: true, retentionMonths: true } }),
  ]);
  const policy: RetentionPolicy = {
    monthsWithoutBasis: settings.retentionMonthsWithoutBasis,
    purposeMonths: Object.fromEntries(purposes.map((p) => [p.id, p.retentionMonths])),
    customerExceptionMonthsAfterEnd: settings.customerExceptionMonthsAfterEnd,
    consentLifetimeDays: settings.consentLifetimeDays,
    eraseWhenConsentOnlyWithdrawn: settings.eraseWhenConsentOnlyWithdrawn,
    withdrawalGraceDays: settings.withdrawalGraceDays,
  };
  return { policy, autoErase: settings.retentionAutoErase };
}

/**
 * Contacts that COULD be past retention, found set-based: no legal hold, no restriction in force,
 * no open request, no ongoing customer relationship or legal basis, and either untouched since the
 * activity cutoff or (when the withdrawal rule is on) with a withdrawn consent older than the
 * grace period. The pure rules then decide on each one's full facts.
 */
export async function findRetentionSuspects(db: Db | Tx, policy: RetentionPolicy, now: Date, limit = 5000) {
  const cutoff = activityCutoff(policy, now);
  const graceCutoff = new Date(now.getTime() - policy.withdrawalGraceDays * 86_400_000);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT c."id" FROM "Contact" c
    WHERE c."legalHold" = false
      AND (
        c."updatedAt" < ${cutoff}
        OR (${policy.eraseWhenConsentOnlyWithdrawn} AND EXISTS (
          SELECT 1 FROM "ConsentRecord" w
          WHERE w."contactId" = c."id" AND w."action" = 'withdrawn' AND w."effectiveAt" < ${graceCutoff}))
      )
      AND NOT EXISTS (SELECT 1 FROM "Restriction" r WHERE r."contactId" = c."id" AND r."liftedAt" IS NULL)
      AND NOT EXISTS (
        SELECT 1 FROM "RequestContact" rc JOIN "DataSubjectRequest" q ON q."id" = rc."requestId"
        WHERE rc."contactId" = c."id" AND q."status" NOT IN ('closed', 'rejected'))
      AND NOT EXISTS (SELECT 1 FROM "CustomerRelationship" cr WHERE cr."contactId" = c."id" AND cr."until" IS NULL)
      AND NOT EXISTS (
        SELECT 1 FROM "LegalBasisRecord" lb WHERE lb."contactId" = c."id" AND (lb."until" IS NULL OR lb."until" > ${now}))
    ORDER BY c."id"
    LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** The full facts of the given contacts, in a few queries for the whole batch. */
export async function loadRetentionFacts(db: Db | Tx, contactIds: string[]): Promise<Map<string, RetentionFacts>> {
  const out = new Map<string, RetentionFacts>();
  if (contactIds.length === 0) return out;
  const where = { contactId: { in: contactIds } };
  const [contacts, consents, bases, customers, restrictions, requests, calls, sends] = await Promise.all([
    db.contact.findMany({ where: { id: { in: contactIds } }, select: { id: true, legalHold: true, updatedAt: true } }),
    // Records that a later correction replaced, and invalidating corrections, are not a basis.
    db.consentRecord.findMany({
      where: { ...where, invalidates: false, correctedBy: { none: {} } },
      select: { contactId: true, purposeId: true, action: true, effectiveAt: true, recordedAt: true },
      orderBy: { effectiveAt: "asc" },
    }),
    db.legalBasisRecord.findMany({ where, select: { contactId: true, purposeId: true, since: true, until: true } }),
    db.customerRelationship.findMany({ where, select: { contactId: true, until: true } }),
    db.restriction.findMany({ where: { ...where, liftedAt: null }, select: { contactId: true } }),
    db.requestContact.findMany({
      where: { ...where, request: { status: { notIn: ["closed", "rejected"] } } },
      select: { contactId: true },
    }),
    db.callLog.groupBy({ by: ["contactId"], where, _max: { at: true } }),
    db.campaignRecipient.groupBy({ by: ["contactId"], where, _max: { sentAt: true } }),
  ]);
  for (const c of contacts) {
    out.set(c.id, {
      legalHold: c.legalHold,
      restricted: false,
      openRequest: false,
      lastActivityAt: c.updatedAt,
      consents: [],
      legalBases: [],
      customerRelationships: [],
    });
  }
  const bump = (id: string, at: Date | null | undefined) => {
    const f = out.get(id);
    if (f && at && at > f.lastActivityAt) f.lastActivityAt = at;
  };
  const latest = new Map<string, { purposeId: string; action: "granted" | "withdrawn"; effectiveAt: Date }>();
  for (const r of consents) {
    latest.set(`${r.contactId}|${r.purposeId}`, r);
    bump(r.contactId, r.recordedAt);
  }
  for (const [key, r] of latest) {
    out.get(key.split("|")[0])?.consents.push({ purposeId: r.purposeId, action: r.action, effectiveAt: r.effectiveAt });
  }
  for (const b of bases)
    out.get(b.contactId)?.legalBases.push({ purposeId: b.purposeId, since: b.since, until: b.until });
  for (const r of customers) out.get(r.contactId)?.customerRelationships.push({ until: r.until });
  for (const r of restrictions) out.get(r.contactId)!.restricted = true;
  for (const r of requests) out.get(r.contactId)!.openRequest = true;
  for (const c of calls) bump(c.contactId, c._max.at);
  for (const s of sends) bump(s.contactId, s._max.sentAt);
  return out;
}
